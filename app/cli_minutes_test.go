package app

import (
	"context"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"huiwu/data"
	"huiwu/data/store"
)

// A drafted 纪要 is listed with its number and the next step of its chain.
func TestMinutesList四十六(t *testing.T) {
	dir := t.TempDir()
	if code, _, errs := huiwu(t, "--data", dir, "demo"); code != 0 {
		t.Fatalf("demo: %s", errs)
	}
	s, err := store.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	ms, err := s.Meetings(ctx, data.MeetingFilter{Kind: data.MeetingExecutive, Status: data.StatusHeld})
	if err != nil || len(ms) == 0 {
		s.Close()
		t.Fatalf("no held 常务会议 in the demo: %v", err)
	}
	id, err := s.MinutesForMeeting(ctx, ms[0].ID)
	if err == nil && id == 0 {
		_, err = s.DraftMinutes(ctx, ms[0].ID)
	}
	s.Close()
	if err != nil {
		t.Fatal(err)
	}
	code, out, errs := huiwu(t, "--data", dir, "minutes", "list", "--stage", "起草中")
	if code != 0 || !strings.Contains(out, "第1期") || !strings.Contains(out, "起草（市政府办公室）") {
		t.Fatalf("minutes list: %d %s %s", code, out, errs)
	}
	if code, _, _ := huiwu(t, "--data", dir, "minutes", "list", "--stage", "盖章"); code != 2 {
		t.Fatalf("unknown stage: exit %d", code)
	}
	if code, _, _ := huiwu(t, "--data", dir, "minutes"); code != 2 {
		t.Fatalf("no sub-command: exit %d", code)
	}
}

// A 纪要 taken through its chain on the store is exported as the 审签单
// at any stage and as the final 纪要 once signed.
func TestExportMinutesAndSignOff四十六(t *testing.T) {
	dir := t.TempDir()
	if code, _, errs := huiwu(t, "--data", dir, "demo"); code != 0 {
		t.Fatalf("demo: %s", errs)
	}
	s, err := store.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	ms, err := s.Meetings(ctx, data.MeetingFilter{Kind: data.MeetingExecutive, Status: data.StatusHeld})
	if err != nil || len(ms) == 0 {
		s.Close()
		t.Fatalf("no held 常务会议: %v", err)
	}
	m := ms[len(ms)-1]
	id, err := s.MinutesForMeeting(ctx, m.ID)
	if err == nil && id == 0 {
		var n data.Minutes
		n, err = s.DraftMinutes(ctx, m.ID)
		id = n.ID
	}
	s.Close()
	if err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(t.TempDir(), "审签单.pdf")
	if code, _, errs := huiwu(t, "--data", dir, "export", "signoff", "--meeting", strconv.FormatInt(m.ID, 10), "--out", out); code != 0 {
		t.Fatalf("signoff: %s", errs)
	}
	final := filepath.Join(t.TempDir(), "纪要.pdf")
	if code, _, errs := huiwu(t, "--data", dir, "export", "minutes", "--meeting", strconv.FormatInt(m.ID, 10), "--out", final); code != 1 || !strings.Contains(errs, "尚未签发") {
		t.Fatalf("unsigned 纪要 exported: %d %s", code, errs)
	}
	if s, err = store.Open(dir); err != nil {
		t.Fatal(err)
	}
	err = signThrough(ctx, s, id, m.Start)
	s.Close()
	if err != nil {
		t.Fatal(err)
	}
	if code, _, errs := huiwu(t, "--data", dir, "export", "minutes", "--meeting", strconv.FormatInt(m.ID, 10), "--out", final); code != 0 {
		t.Fatalf("minutes: %s", errs)
	}
	for _, f := range []string{out, final} {
		if b, err := os.ReadFile(f); err != nil || !strings.HasPrefix(string(b), "%PDF") {
			t.Errorf("%s: %v", f, err)
		}
	}
	if code, _, _ := huiwu(t, "--data", dir, "export", "minutes", "--meeting", "99999", "--out", final); code != 1 {
		t.Errorf("a meeting without minutes: exit %d", code)
	}
}

// signThrough sets what 签发 needs and records the three steps on day.
func signThrough(ctx context.Context, s *store.Store, id int64, day time.Time) error {
	n, err := s.MinutesOf(ctx, id)
	if err != nil {
		return err
	}
	n.Disclosure, n.Distribution = "依申请公开", "市各委办局，各镇人民政府，各街道办事处。"
	if _, err := s.SaveMinutes(ctx, n); err != nil {
		return err
	}
	day = time.Date(day.Year(), day.Month(), day.Day(), 0, 0, 0, 0, time.UTC)
	for range 3 {
		chain, err := s.SignChain(ctx, id)
		if err != nil {
			return err
		}
		for _, st := range chain {
			if st.Day.IsZero() {
				if _, err := s.SignMinutes(ctx, id, data.SignAction{PersonID: st.PersonID, Day: day, Opinion: "同意"}); err != nil {
					return err
				}
				break
			}
		}
	}
	return nil
}
