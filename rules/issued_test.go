package rules

import (
	"testing"

	"huiwu/data"
)

// 五十: every document issued in the government's name declares its 公开属性,
// a classified one its 保密审查; 五十一: beyond the year's target a reason.
func TestIssued五十五十一(t *testing.T) {
	ok := data.IssuedDoc{Title: "关于印发……的通知", Issuer: data.IssuerOffice, IssuedOn: day("2026-05-08"), Disclosure: "主动公开"}
	tests := []struct {
		name string
		d    func(data.IssuedDoc) data.IssuedDoc
		want string
	}{
		{"declared", func(d data.IssuedDoc) data.IssuedDoc { return d }, ""},
		{"no 公开属性", func(d data.IssuedDoc) data.IssuedDoc { d.Disclosure = ""; return d }, "以市政府或市政府办公室名义印发的文件须明确公开属性（第五十条）"},
		{"classified, reviewed", func(d data.IssuedDoc) data.IssuedDoc {
			d.Classification, d.Disclosure, d.SecrecyOn = "秘密", "不予公开", day("2026-05-07")
			return d
		}, ""},
		{"classified, not reviewed", func(d data.IssuedDoc) data.IssuedDoc {
			d.Classification, d.Disclosure = "秘密", "不予公开"
			return d
		}, "涉密公文「关于印发……的通知」印发前须经保密审查（第五十条）"},
		{"reviewed after issue", func(d data.IssuedDoc) data.IssuedDoc {
			d.Classification, d.SecrecyOn = "机密", day("2026-05-09")
			return d
		}, "涉密公文「关于印发……的通知」印发前须经保密审查（第五十条）"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := ""
			if err := CheckIssued(tt.d(ok)); err != nil {
				got = err.Error()
			}
			if got != tt.want {
				t.Fatalf("got %q, want %q", got, tt.want)
			}
		})
	}
	for _, tt := range []struct {
		tally  data.IssueTally
		reason string
		refuse bool
	}{
		{data.IssueTally{Year: 2026, Count: 99, Target: 100}, "", false},
		{data.IssueTally{Year: 2026, Count: 100, Target: 100}, "", true},
		{data.IssueTally{Year: 2026, Count: 100, Target: 100}, "省政府要求限期转发", false},
		{data.IssueTally{Year: 2026, Count: 500}, "", false},
	} {
		err := OverTarget(tt.tally, tt.reason)
		if re, ok := data.RuleRefusal(err); tt.refuse != ok || ok && (!re.Overridable || re.Err.Message != "2026年以市政府及办公室名义发文已达 100 件，达到年度目标 100 件；确需发文的，请写明理由（第五十一条）") {
			t.Errorf("%+v %q: %v", tt.tally, tt.reason, err)
		}
	}
	if got := TallyText(data.IssueTally{Year: 2026, Count: 37, Target: 120}); got != "2026年以市政府及办公室名义发文 37 件，年度目标 120 件（第五十一条）" {
		t.Errorf("tally %q", got)
	}
}
