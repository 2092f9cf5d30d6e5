package store

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"huiwu/data"
	"huiwu/fonts"
)

// A notice takes the next 发文字号 of its year when it is issued (发出通知)
// and keeps it: two notices of a year are consecutive, a notice withdrawn
// and issued again prints the same number, a new year starts at 1, and the
// prefix set applies to the numbers given after it.
func TestNoticeNumbersRunPerYearAndAreKept(t *testing.T) {
	s := withDemo(t)
	r := demoRoster(t, s)
	chair := r.with(data.RoleMayor, 0)
	s.Now = func() time.Time { return time.Date(2030, 12, 1, 10, 0, 0, 0, time.UTC) }
	issue := func(start string) data.Meeting {
		t.Helper()
		m, _, err := s.SaveMeeting(ctx, executive(chair, start))
		if err != nil {
			t.Fatal(err)
		}
		if m, err = s.SetMeetingStatus(ctx, m.ID, m.Version, data.StatusNotified, ""); err != nil {
			t.Fatal(err)
		}
		return m
	}
	a, b := issue("2030-12-10 09:00"), issue("2030-12-17 09:00")
	if a.NoticeNumber != "溧政办〔2030〕1号" || b.NoticeNumber != "溧政办〔2030〕2号" {
		t.Fatalf("two notices of 2030 numbered %q and %q, want 溧政办〔2030〕1号 and 2号", a.NoticeNumber, b.NoticeNumber)
	}
	// Withdrawn (back to 筹备) and issued again: the same number, not 3.
	a, err := s.SetMeetingStatus(ctx, a.ID, a.Version, data.StatusPlanning, "")
	if err != nil {
		t.Fatal(err)
	}
	if a, err = s.SetMeetingStatus(ctx, a.ID, a.Version, data.StatusNotified, ""); err != nil {
		t.Fatal(err)
	}
	if got, _ := s.Meeting(ctx, a.ID); got.NoticeNumber != "溧政办〔2030〕1号" {
		t.Fatalf("notice issued again numbered %q, want 溧政办〔2030〕1号 kept", got.NoticeNumber)
	}
	s.Now = func() time.Time { return time.Date(2031, 1, 5, 10, 0, 0, 0, time.UTC) }
	if c := issue("2031-01-14 09:00"); c.NoticeNumber != "溧政办〔2031〕1号" {
		t.Fatalf("first notice of 2031 numbered %q, want 溧政办〔2031〕1号", c.NoticeNumber)
	}
	if err := s.SetPaperSettings(ctx, data.PaperSettings{NoticePrefix: "溧政办发"}); err != nil {
		t.Fatal(err)
	}
	if d := issue("2031-01-21 09:00"); d.NoticeNumber != "溧政办发〔2031〕2号" {
		t.Fatalf("notice after setting the prefix numbered %q, want 溧政办发〔2031〕2号", d.NoticeNumber)
	}
	var detail string
	if err := s.db.QueryRow("SELECT detail FROM audit_log WHERE action = 'meeting.status' ORDER BY seq DESC LIMIT 1").Scan(&detail); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(detail, "溧政办发〔2031〕2号") {
		t.Fatalf("the issue's audit entry %s does not record its number", detail)
	}
	if rep, err := s.Check(ctx); err != nil || !rep.OK() {
		t.Fatalf("check after numbering: %v %+v", err, rep)
	}
}

// The office's font files are checked when saved: a copy of a bundled
// TrueType font is kept for its role; a missing file saves nothing and is
// refused under its role with the role and the path named.
func TestPaperSettingsCheckTheFontFiles(t *testing.T) {
	s := openTemp(t)
	dir := t.TempDir()
	good := filepath.Join(dir, "仿宋_GB2312.ttf")
	if err := os.WriteFile(good, fonts.FandolFangRegular, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := s.SetPaperSettings(ctx, data.PaperSettings{Fonts: map[string]string{"fangsong": " " + good + " "}}); err != nil {
		t.Fatal(err)
	}
	p, err := s.PaperSettings(ctx)
	if err != nil || p.Fonts["fangsong"] != good || len(p.Fonts) != 1 || p.NoticePrefix != "" {
		t.Fatalf("saved paper settings = %+v, %v; want fangsong = %s alone", p, err, good)
	}
	missing := filepath.Join(dir, "方正小标宋简体.ttf")
	err = s.SetPaperSettings(ctx, data.PaperSettings{Fonts: map[string]string{"fangsong": good, "xiaobiaosong": missing}, NoticePrefix: "溧政办"})
	ps := data.ProblemsOf(err)
	want := "字体「小标宋（标题、版头，如 方正小标宋简体）」的文件 " + missing + " 不存在"
	if data.ErrorCode(err) != data.EInvalid || len(ps) != 1 || ps[0].Field != "小标宋字体" || ps[0].Message != want {
		t.Fatalf("saving a missing font file = %v (%+v), want one problem on 小标宋字体: %s", err, ps, want)
	}
	if p, _ := s.PaperSettings(ctx); p.Fonts["xiaobiaosong"] != "" || p.NoticePrefix != "" {
		t.Fatalf("a refused save changed the settings to %+v", p)
	}
	if err := s.SetPaperSettings(ctx, data.PaperSettings{NoticePrefix: "溧政办〔2026〕"}); len(data.ProblemsOf(err)) != 1 {
		t.Fatalf("a prefix with the year's brackets = %v, want refused", err)
	}
}
