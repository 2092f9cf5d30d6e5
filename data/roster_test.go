package data

import (
	"strings"
	"testing"
	"time"
)

func TestPersonValidate(t *testing.T) {
	tests := []struct {
		name    string
		in      Person
		problem string // a substring of the error, "" for valid
	}{
		{"ok", Person{Name: "王喆", Post: "局长", Phone: "0519-87654321"}, ""},
		{"empty name refused", Person{Name: "  "}, "「姓名」不能为空"},
		{"long name refused", Person{Name: strings.Repeat("张", 21)}, "不能超过 20 个字"},
		{"digits in name refused", Person{Name: "张3"}, "不能包含数字"},
		{"letters in phone refused", Person{Name: "李四", Phone: "abc"}, "「电话」"},
		{"unknown role refused", Person{Name: "李四", Roles: []Role{"king"}}, "未知身份"},
		{"invalid utf8 refused", Person{Name: "\xff\xfe"}, "无效字符"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := tt.in
			p.Normalize()
			err := p.Validate()
			if tt.problem == "" {
				if err != nil {
					t.Fatalf("want valid, got %v", err)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tt.problem) {
				t.Fatalf("want error containing %q, got %v", tt.problem, err)
			}
			if ErrorCode(err) != EInvalid {
				t.Fatalf("code = %q, want invalid", ErrorCode(err))
			}
		})
	}
}

func TestCleanNormalisesNFDToNFC(t *testing.T) {
	nfd := "Zhe\u0301" // e + combining acute
	if got := Clean(" " + nfd + "\u3000"); got != "Zh\u00e9" {
		t.Fatalf("Clean = %q", got)
	}
}

func TestUnitValidate(t *testing.T) {
	u := Unit{Name: "溧阳市财政局", Kind: "bogus"}
	if err := u.Validate(); err == nil || !strings.Contains(err.Error(), "类别") {
		t.Fatalf("bad kind accepted: %v", err)
	}
	u.Kind = KindDepartment
	if err := u.Validate(); err != nil {
		t.Fatal(err)
	}
}

func TestDelegationValidate(t *testing.T) {
	d := Delegation{DelegateID: 1, From: time.Date(2026, 5, 2, 0, 0, 0, 0, time.UTC), To: time.Date(2026, 5, 1, 0, 0, 0, 0, time.UTC), Reason: "出访"}
	if err := d.Validate(); err == nil || !strings.Contains(err.Error(), "不能早于开始日期") {
		t.Fatalf("reversed period accepted: %v", err)
	}
}

func TestParseDate(t *testing.T) {
	for _, bad := range []string{"", "2026-02-30", "0001-01-01", "9999-01-01", "2026/05/08", "45000"} {
		t.Run("refuses "+bad, func(t *testing.T) {
			if _, err := ParseDate(bad); err == nil {
				t.Fatalf("ParseDate(%q) accepted", bad)
			}
		})
	}
	if d, err := ParseDate("2026-05-08"); err != nil || d.Day() != 8 {
		t.Fatalf("good date: %v %v", d, err)
	}
}

func TestTempTargetKnowsOnlyExportTemps(t *testing.T) {
	tests := map[string]string{
		".签到表.xlsx.4242.tmp": "签到表.xlsx", ".a.b.pdf.1.tmp": "a.b.pdf",
		".签到表.xlsx.abc.tmp": "", "签到表.xlsx.1.tmp": "", ".签到表.xlsx.tmp": "", "..1.tmp": "", ".x.1.tmp.bak": "",
	}
	for name, want := range tests {
		got, ok := TempTarget(name)
		if got != want || ok != (want != "") {
			t.Errorf("TempTarget(%q) = %q %v, want %q", name, got, ok, want)
		}
	}
}

func TestExcerptQuotesFortyCharacters(t *testing.T) {
	if got := Excerpt(strings.Repeat("局", 41)); got != strings.Repeat("局", 40)+"…" {
		t.Errorf("41 characters: %q", got)
	}
	if got := Excerpt(strings.Repeat("局", 40)); got != strings.Repeat("局", 40) {
		t.Errorf("40 characters: %q", got)
	}
}
