package gather

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"huiwu/data"
	"huiwu/export/meetingpdf"
	"huiwu/export/paper"
	"huiwu/fonts"
)

// pdfFonts are the names of the fonts a PDF embeds.
func pdfFonts(pdf []byte) []string {
	var out []string
	for _, m := range regexp.MustCompile(`/BaseFont /(\S+)`).FindAllSubmatch(pdf, -1) {
		if n := string(m[1]); !slices.Contains(out, n) {
			out = append(out, n)
		}
	}
	slices.Sort(out)
	return out
}

// The office's font files of 设置 › 公文印制 reach every paper made from
// the data: set 仿宋 and 黑体 to copies of other bundled fonts kept
// elsewhere (the 楷 file as the office's 仿宋, the 宋 as its 黑体, so that
// they are told apart from the roles' bundled faces), the 签到表, the
// 会议通知 and the 桌签 embed the office's faces under their
// own names and not the bundled 仿宋; a file gone since it was set stops
// the paper with a message naming it.
func TestPapersPrintWithTheOfficeFonts(t *testing.T) {
	src, s := demoSources(t)
	ctx := context.Background()
	src.Office = s
	dir := t.TempDir()
	fang, hei := filepath.Join(dir, "仿宋_GB2312.ttf"), filepath.Join(dir, "黑体.ttf")
	for p, b := range map[string][]byte{fang: fonts.HuiwuKaiRegular, hei: fonts.NotoSerifSCRegular} {
		if err := os.WriteFile(p, b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.SetPaperSettings(ctx, data.PaperSettings{Fonts: map[string]string{"fangsong": fang, "hei": hei}}); err != nil {
		t.Fatal(err)
	}
	m := planned(t, src)
	mt, err := src.MeetingTopics(ctx, m.ID)
	if err != nil {
		t.Fatal(err)
	}
	info, err := src.NoticeInfo(ctx)
	if err != nil {
		t.Fatal(err)
	}
	signin, err := src.MeetingPaper(ctx, m.ID, "signin", meetingpdf.Options{})
	if err != nil {
		t.Fatal(err)
	}
	cards, err := src.MeetingPaper(ctx, m.ID, "tablecards", meetingpdf.Options{Card: paper.CardOptions{Face: "hei"}})
	if err != nil {
		t.Fatal(err)
	}
	notice, err := mt.Notice(info)
	if err != nil {
		t.Fatal(err)
	}
	papers := map[string]Writer{"签到表": signin, "桌签": cards, "会议通知": notice}
	for name, w := range papers {
		var buf bytes.Buffer
		if err := w(&buf); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		got := strings.Join(pdfFonts(buf.Bytes()), " ")
		if name == "桌签" {
			// fpdf embeds the card face as "card" whatever the file: the
			// office's 黑体 (a copy of the bundled 宋) gives other bytes
			// than the bundled 黑体 would.
			r, _ := s.Record(ctx, m.ID)
			var bundled bytes.Buffer
			if err := paper.TableCards(&bundled, meetingpdf.CardNames(r, meetingpdf.Options{}), m.Day(), paper.CardOptions{Face: "hei", AuditHead: mt.Options.AuditHead}); err != nil {
				t.Fatal(err)
			}
			if got != "utf8card" || bytes.Equal(buf.Bytes(), bundled.Bytes()) {
				t.Errorf("桌签 fonts %q, same bytes as with the bundled 楷: want the office's 黑体 file as the card face", got)
			}
			continue
		}
		if !strings.Contains(got, "utf8fangsong-huiwukai-regular") || slices.Contains(pdfFonts(buf.Bytes()), "utf8fangsong") {
			t.Errorf("%s embeds %q: want the office's 仿宋 (fangsong-huiwukai-regular), not the bundled utf8fangsong", name, got)
		}
		if name == "会议通知" && !strings.Contains(got, "utf8hei-notoserifsc-regular") {
			t.Errorf("会议通知 embeds %q: want the office's 黑体 for its headings", got)
		}
	}
	if err := os.Remove(fang); err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	err = signin(&buf)
	if data.ErrorCode(err) != data.EInvalid || !strings.Contains(err.Error(), fang) {
		t.Fatalf("签到表 with the office's 仿宋 file gone = %v, want the user's error naming %s", err, fang)
	}
}

// planned is a demo meeting in preparation whose notice needs no topics
// (not a 常务会议).
func planned(t *testing.T, src Sources) data.Meeting {
	t.Helper()
	ms, err := src.Meetings.Meetings(context.Background(), data.MeetingFilter{})
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range ms {
		if m.Status == data.StatusPlanning && m.Kind != data.MeetingExecutive {
			return m
		}
	}
	t.Fatal("the demo data has no meeting in preparation but executive ones")
	return data.Meeting{}
}

// A notice prints the 发文字号 it was given when it was issued, the same on
// every export; before its issue, none.
func TestNoticePrintsTheNumberItWasIssuedWith(t *testing.T) {
	src, s := demoSources(t)
	ctx := context.Background()
	src.Office = s
	s.Now = func() time.Time { return time.Date(2030, 3, 2, 10, 0, 0, 0, time.UTC) }
	m := planned(t, src)
	number := func() string {
		t.Helper()
		mt, err := src.MeetingTopics(ctx, m.ID)
		if err != nil {
			t.Fatal(err)
		}
		n, err := mt.NoticePaper(meetingpdf.NoticeInfo{})
		if err != nil {
			t.Fatal(err)
		}
		return n.Masthead.Number
	}
	if got := number(); got != "" {
		t.Fatalf("a notice not yet issued prints 发文字号 %q, want none", got)
	}
	if _, err := s.SetMeetingStatus(ctx, m.ID, m.Version, data.StatusNotified, ""); err != nil {
		t.Fatal(err)
	}
	for i := range 2 {
		if got := number(); got != "溧政办〔2030〕1号" {
			t.Fatalf("export %d of the issued notice prints %q, want 溧政办〔2030〕1号", i+1, got)
		}
	}
}

// A notice is dated the day 发出通知 recorded, whenever it is printed again
// (a meeting with no topics has no agenda freeze to date it by).
func TestNoticeIsDatedTheDayItWasIssued(t *testing.T) {
	src, s := demoSources(t)
	ctx := context.Background()
	src.Office = s
	m := planned(t, src)
	issued := time.Date(m.Start.Year(), m.Start.Month(), m.Start.Day(), 0, 0, 0, 0, time.UTC).AddDate(0, 0, -5)
	s.Now = func() time.Time { return issued.Add(10 * time.Hour) }
	if _, err := s.SetMeetingStatus(ctx, m.ID, m.Version, data.StatusNotified, ""); err != nil {
		t.Fatal(err)
	}
	s.Now = func() time.Time { return issued.AddDate(0, 0, 3) }
	mt, err := src.MeetingTopics(ctx, m.ID)
	if err != nil {
		t.Fatal(err)
	}
	n, err := mt.NoticePaper(meetingpdf.NoticeInfo{})
	if err != nil {
		t.Fatal(err)
	}
	if !n.Date.Time.Equal(issued) {
		t.Fatalf("the notice is dated %v, want the day it was issued, %v", n.Date.Time, issued)
	}
}
