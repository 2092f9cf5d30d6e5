package minutespdf

import (
	"bytes"
	"strings"
	"testing"

	"huiwu/data"
	"huiwu/export/paper"
)

// 四十六: the 送审稿 prints at any stage before 签发, marked as a draft with its
// version and date at the top, without 分送 or the 印发 line; once signed it
// is refused.
func TestDraftThroughTheLayout四十六(t *testing.T) {
	r := record()
	r.Minutes.Stage, r.Minutes.Distribution = data.MinutesReview, ""
	r.Lists = data.MinutesLists{}
	r.Text.SavedAt = on("2026-05-07").Add(15 * 3600e9)
	m, err := Draft(r)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	lay, err := paper.Render(m, &buf, paper.DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	var first []string
	var laid strings.Builder
	for _, l := range lay.Lines {
		if l.Style == "draft" {
			first = append(first, squash(l.Text))
		}
		laid.WriteString(l.Text)
	}
	if strings.Join(first, "|") != "送审稿|第4稿2026年5月7日" {
		t.Fatalf("draft marks %q", first)
	}
	text := squash(laid.String())
	for _, w := range []string{"溧阳市人民政府常务会议纪要", "〔2026〕第12期", "2026年5月7日", "一、关于城市更新三年行动计划"} {
		if !strings.Contains(text, w) {
			t.Errorf("the draft lacks %q", w)
		}
	}
	for _, w := range []string{"分送：", "日印发"} {
		if strings.Contains(text, w) {
			t.Errorf("the draft carries %q", w)
		}
	}
	r.Minutes.Stage = data.MinutesSigned
	if _, err := Draft(r); err == nil || !strings.Contains(err.Error(), "已签发，请打印正式纪要") {
		t.Fatalf("signed 纪要 printed as a draft: %v", err)
	}
}
