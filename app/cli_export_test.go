package app

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

func TestExportSignInAttendanceAndStats(t *testing.T) {
	dir, m := withMeeting(t)
	out := t.TempDir()
	id := itoa(m.ID)
	sign := filepath.Join(out, "签到表.xlsx")
	if code, o, errs := huiwu(t, "--data", dir, "export", "signin", "--meeting", id, "--out", sign, "--recorder", "郑秘书"); code != 0 || !strings.Contains(o, "已生成") {
		t.Fatalf("signin: %d %q %q", code, o, errs)
	}
	f, err := excelize.OpenFile(sign)
	if err != nil {
		t.Fatal(err)
	}
	title, _ := f.GetCellValue("出席", "A1")
	foot, _ := f.GetCellValue("列席", "A12")
	f.Close()
	if title != "2027年市政府第1次常务会议签到表（出席）" || !strings.HasPrefix(foot, "应到8人") {
		t.Fatalf("read back %q / %q", title, foot)
	}
	att := filepath.Join(out, "出勤记录.xlsx")
	if code, _, errs := huiwu(t, "--data", dir, "export", "attendance", "--meeting", id, "--out", att); code != 0 {
		t.Fatalf("attendance: %q", errs)
	}
	stats := filepath.Join(out, "出勤统计.xlsx")
	if code, _, errs := huiwu(t, "--data", dir, "export", "attendance-stats", "--from", "2027-01-01", "--to", "2027-12-31", "--out", stats); code != 0 {
		t.Fatalf("stats: %q", errs)
	}
	f, err = excelize.OpenFile(stats)
	if err != nil {
		t.Fatal(err)
	}
	sub, _ := f.GetCellValue("按人员", "A2")
	f.Close()
	if !strings.Contains(sub, "未召开1次") {
		t.Fatalf("stats period line %q", sub)
	}
	for _, bad := range [][]string{
		{"export", "attendance-stats", "--from", "2026-02-30", "--to", "2026-12-31", "--out", stats},
		{"export", "signin", "--out", sign},
		{"export", "attendance", "--meeting", id, "--out", filepath.Join(out, "x.csv")},
		{"export", "minutes", "--out", sign},
	} {
		if code, _, errs := huiwu(t, append([]string{"--data", dir}, bad...)...); code != 2 {
			t.Errorf("%v exited %d: %q", bad, code, errs)
		}
	}
	if code, _, errs := huiwu(t, "--data", dir, "export", "signin", "--meeting", "999", "--out", sign); code != exitInput || !strings.Contains(errs, "已不存在") {
		t.Fatalf("unknown meeting: %d %q", code, errs)
	}
}

func itoa(n int64) string { return strconv.FormatInt(n, 10) }

func TestExportPDFs(t *testing.T) {
	dir, m := withMeeting(t)
	out := t.TempDir()
	id := itoa(m.ID)
	for _, args := range [][]string{
		{"signin", "--meeting", id, "--out", filepath.Join(out, "签到表.pdf")},
		{"seating", "--meeting", id, "--out", filepath.Join(out, "座次图.pdf"), "--layout", "rostrum"},
		{"seating-list", "--meeting", id, "--out", filepath.Join(out, "座次名单.pdf")},
		{"tablecards", "--meeting", id, "--out", filepath.Join(out, "桌签.pdf"), "--face", "song", "--size", "96"},
	} {
		code, o, errs := huiwu(t, append([]string{"--data", dir, "export"}, args...)...)
		if code != 0 || !strings.Contains(o, "已生成") {
			t.Fatalf("%v: %d %q", args, code, errs)
		}
		b, err := os.ReadFile(args[4])
		if err != nil || !strings.HasPrefix(string(b), "%PDF") {
			t.Fatalf("%s: %v", args[4], err)
		}
	}
	if code, _, errs := huiwu(t, "--data", dir, "export", "leave", "--meeting", id, "--leave", "5", "--out", filepath.Join(out, "l.pdf")); code != exitInput || !strings.Contains(errs, "没有编号为 5") {
		t.Fatalf("unknown leave: %d %q", code, errs)
	}
	if code, _, _ := huiwu(t, "--data", dir, "export", "seating", "--meeting", id, "--layout", "circle", "--out", filepath.Join(out, "x.pdf")); code != 2 {
		t.Fatal("bad layout accepted")
	}
}

func TestExportICS(t *testing.T) {
	dir, m := withMeeting(t)
	out := filepath.Join(t.TempDir(), "会议.ics")
	if code, _, errs := huiwu(t, "--data", dir, "export", "ics", "--meeting", itoa(m.ID), "--out", out); code != 0 {
		t.Fatalf("one meeting: %q", errs)
	}
	b, _ := os.ReadFile(out)
	if strings.Count(string(b), "BEGIN:VEVENT") != 1 || !strings.Contains(string(b), "DTSTART;TZID=Asia/Shanghai:20270107T090000") {
		t.Fatalf("ics: %s", b)
	}
	if code, _, errs := huiwu(t, "--data", dir, "export", "ics", "--from", "2026-12-01", "--to", "2026-12-31", "--out", out); code != 0 {
		t.Fatalf("range: %q", errs)
	}
	b, _ = os.ReadFile(out)
	if n := strings.Count(string(b), "BEGIN:VEVENT"); n < 5 {
		t.Fatalf("December has %d events", n)
	}
	if code, _, _ := huiwu(t, "--data", dir, "export", "ics", "--from", "2026-02-30", "--to", "2026-12-31", "--out", out); code != 2 {
		t.Fatal("bad date accepted")
	}
}
