package rules

import (
	"strings"
	"testing"

	"huiwu/data"
)

// 十九: what a town's or department's filing lacks, and the 司法局's
// registration, review and the order that follows.
func TestFilingFlags十九(t *testing.T) {
	ok := data.Filing{Title: "上黄镇农村宅基地管理办法", Issued: day("2026-09-01"), Received: day("2026-09-16"), Consulted: true, OwnReview: true}
	tests := []struct {
		name string
		edit func(*data.Filing)
		want string // the flags joined; "" none
	}{
		{"in time on the 15th day, everything done", func(*data.Filing) {}, ""},
		{"received on the 16th day", func(f *data.Filing) { f.Received = day("2026-09-17") }, "印发后 15 日内报送备案，期限 2026-09-16，2026-09-17 才收到（第十九条）"},
		{
			"no consultation, no own review", func(f *data.Filing) { f.Consulted, f.OwnReview = false, false },
			"未公开征求意见（第十九条）；未经本单位法制审核机构合法性审查（第十九条）",
		},
		{"a public matter not asked first", func(f *data.Filing) { f.PublicMatter = true }, "涉及群众利益、社会关注度高的事项，未事先请示市政府（第十九条）"},
		{"a public matter asked first", func(f *data.Filing) { f.PublicMatter, f.AskedRef = true, "上政发〔2026〕8号" }, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := ok
			tt.edit(&f)
			var got []string
			for _, b := range FilingFlags(f) {
				got = append(got, b.String())
			}
			if strings.Join(got, "；") != tt.want {
				t.Fatalf("flags %q, want %q", got, tt.want)
			}
		})
	}

	reg := ok
	reg.RegisteredOn = day("2026-09-18")
	faulty := reg
	faulty.Review, faulty.ReviewedOn = FilingConflict, day("2026-09-25")
	passed := reg
	passed.Review, passed.ReviewedOn = FilingPass, day("2026-09-25")
	for _, tt := range []struct {
		name string
		err  error
		want string
	}{
		{"register", RegisterFiling(ok, day("2026-09-18")), ""},
		{"register before receipt", RegisterFiling(ok, day("2026-09-15")), "备案登记未保存：「登记日期」不能早于收到日期 2026-09-16"},
		{"register twice", RegisterFiling(reg, day("2026-09-19")), "「上黄镇农村宅基地管理办法」已于 2026-09-18 备案登记"},
		{"review unregistered", ReviewFiling(ok, FilingPass, day("2026-09-20")), "「上黄镇农村宅基地管理办法」尚未备案登记，不能审查"},
		{"review", ReviewFiling(reg, FilingConflict, day("2026-09-25")), ""},
		{"review twice", ReviewFiling(faulty, FilingPass, day("2026-09-26")), "「上黄镇农村宅基地管理办法」已审查：与上位法抵触"},
		{"order on a faulty one", OrderFiling(faulty, OrderAmend, "溧政发〔2026〕21号", day("2026-09-28")), ""},
		{"order without reference", OrderFiling(faulty, OrderRevoke, "", day("2026-09-28")), "处理未保存：「文号」不能为空"},
		{"order on one that passed", OrderFiling(passed, OrderRevoke, "x", day("2026-09-28")), "「上黄镇农村宅基地管理办法」审查未发现问题，无须责令修改或撤销"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if got := errText(tt.err); got != tt.want {
				t.Fatalf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// 十九: the step a filing waits for, the order the 市政府's own.
func TestFilingNext十九(t *testing.T) {
	in := data.Filing{Title: "上黄镇农村宅基地管理办法", Issued: day("2026-09-01"), Received: day("2026-09-16")}
	for _, tt := range []struct {
		name string
		edit func(*data.Filing)
		want string
		gov  bool
	}{
		{"received", func(*data.Filing) {}, "待司法局备案登记（第十九条）", false},
		{"registered", func(f *data.Filing) { f.RegisteredOn = day("2026-09-17") }, "待司法局审查（第十九条）", false},
		{"found in order", func(f *data.Filing) { f.RegisteredOn, f.Review = day("2026-09-17"), FilingPass }, "", false},
		{
			"found beyond its powers", func(f *data.Filing) { f.RegisteredOn, f.Review = day("2026-09-17"), FilingUltraVires },
			"超越权限，待报请市政府责令修改或予以撤销（第十九条）", true,
		},
		{"ordered revoked", func(f *data.Filing) {
			f.RegisteredOn, f.Review, f.Order = day("2026-09-17"), FilingConflict, OrderRevoke
		}, "", false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			f := in
			tt.edit(&f)
			if got, gov := FilingNext(f); got != tt.want || gov != tt.gov {
				t.Fatalf("FilingNext = %q %v, want %q %v", got, gov, tt.want, tt.gov)
			}
		})
	}
}
