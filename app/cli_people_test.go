package app

import (
	"path/filepath"
	"strings"
	"testing"

	"huiwu/data/store"
)

// Issue 17 item 14: the ids other commands take are printed by a list.
func TestPeopleLeaveAndMinutesLists(t *testing.T) {
	dir := t.TempDir()
	if code, _, errs := huiwu(t, "--data", dir, "demo"); code != 0 {
		t.Fatalf("demo: %s", errs)
	}
	// protocol order: the 市长 first, name first on the line
	code, out, _ := huiwu(t, "--data", dir, "people", "list")
	lines := strings.Split(out, "\n")
	if code != 0 || !strings.HasPrefix(lines[0], "姓名") || !strings.HasPrefix(lines[1], "叶娜洋 ") || !strings.Contains(lines[1], "市长") || !strings.Contains(out, "共 85 人") {
		t.Fatalf("people list: %d %s", code, out)
	}
	code, out, _ = huiwu(t, "--data", dir, "people", "list", "--unit", "财政局")
	if code != 0 || !strings.HasPrefix(strings.Split(out, "\n")[1], "刘玥俊 ") || !strings.Contains(out, "共 1 人") {
		t.Fatalf("people of a unit: %d %s", code, out)
	}
	if code, _, errs := huiwu(t, "--data", dir, "people", "list", "--unit", "没有这个局"); code != exitInput || !strings.Contains(errs, "没有名为「没有这个局」的单位") {
		t.Fatalf("unknown unit: %d %s", code, errs)
	}
	if code, _, _ := huiwu(t, "--data", dir, "people", "list", "--order", "pinyin"); code != exitUsage {
		t.Fatalf("unknown order: %d", code)
	}
	// the meeting's leave ids, which export leave takes
	code, out, _ = huiwu(t, "--data", dir, "leave", "list", "--meeting", "1")
	if code != 0 || !strings.Contains(out, "2026-02-03 市政府第1次全体会议") || !strings.Contains(out, "1     秦帅") || !strings.Contains(out, "已批准") {
		t.Fatalf("leave list: %d %s", code, out)
	}
	pdf := filepath.Join(dir, "leave.pdf")
	if code, _, errs := huiwu(t, "--data", dir, "export", "leave", "--meeting", "1", "--leave", "1", "--out", pdf); code != 0 {
		t.Fatalf("export the listed leave: %d %s", code, errs)
	}
	if code, _, _ := huiwu(t, "--data", dir, "leave", "list", "--meeting", "9999"); code != exitInput {
		t.Fatalf("unknown meeting: %d", code)
	}
	// minutes list names the meeting by its id
	code, out, _ = huiwu(t, "--data", dir, "minutes", "list")
	if code != 0 || !strings.Contains(strings.Split(out, "\n")[0], "会议编号") {
		t.Fatalf("minutes list: %d %s", code, out)
	}
	err := withStore(dir, func(s *store.Store) error {
		var issue string
		var meeting int64
		if err := s.DB().QueryRow("SELECT '〔' || year || '〕第' || issue || '期', meeting_id FROM minutes ORDER BY id LIMIT 1").Scan(&issue, &meeting); err != nil {
			return err
		}
		for _, l := range strings.Split(out, "\n") {
			if f := strings.Fields(l); len(f) > 3 && f[1] == issue && f[3] == itoa(meeting) {
				return nil
			}
		}
		t.Errorf("minutes list lacks %s with meeting %d:\n%s", issue, meeting, out)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}
