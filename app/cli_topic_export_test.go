package app

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"huiwu/data"
	"huiwu/data/store"
)

// pdfText is the text of a PDF by pdftotext, or "" when it is not installed.
func pdfText(t *testing.T, path string) string {
	t.Helper()
	if _, err := exec.LookPath("pdftotext"); err != nil {
		return ""
	}
	b, err := exec.Command("pdftotext", "-layout", path, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	return strings.Join(strings.Fields(string(b)), "")
}

// 四十一: the notice, the agenda and the invitations of a meeting whose
// topic the mayor put on it, with one invited 人大代表; before that the
// notice is refused naming the step.
func TestTopicPapers(t *testing.T) {
	dir, m, tp := withTopic(t)
	out := t.TempDir()
	notice := filepath.Join(out, "通知.pdf")
	if code, _, errs := huiwu(t, "--data", dir, "export", "notice", "--meeting", fmt.Sprint(m.ID), "--out", notice); code != exitInput || !strings.Contains(errs, "第四十一条") {
		t.Fatalf("notice without approved topics: %d %q", code, errs)
	}
	s, err := store.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	if _, err := s.DB().Exec("UPDATE topics SET state = 'approved' WHERE id = ?", tp.ID); err != nil {
		t.Fatal(err)
	}
	people, err := s.People(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var deputy data.Person
	for _, p := range people {
		if p.HasRole(data.RoleNPCDeputy) && deputy.ID == 0 {
			deputy = p
		}
	}
	if err := s.AddParticipant(ctx, data.Participant{MeetingID: m.ID, PersonID: deputy.ID, Role: data.AttendInvited, Topic: tp.Title}); err != nil {
		t.Fatal(err)
	}
	s.Close()
	for _, c := range []struct{ what, file string }{
		{"notice", notice},
		{"agenda", filepath.Join(out, "议程.pdf")},
		{"agenda", filepath.Join(out, "议程.xlsx")},
		{"invitations", filepath.Join(out, "邀请函.pdf")},
		{"invitations", filepath.Join(out, "邀请函")},
	} {
		if code, _, errs := huiwu(t, "--data", dir, "export", c.what, "--meeting", fmt.Sprint(m.ID), "--out", c.file, "--contact", "秘书一科褚婧，电话0519-87654321"); code != 0 {
			t.Fatalf("%s %s: %d %q", c.what, c.file, code, errs)
		}
	}
	if txt := pdfText(t, notice); txt != "" {
		for _, want := range []string{"关于召开", "城区停车设施建设", "邀请市人大代表、市政协委员1名列席", "秘书一科褚婧"} {
			if !strings.Contains(txt, want) {
				t.Errorf("notice lacks %q:\n%s", want, txt)
			}
		}
	}
	if txt := pdfText(t, filepath.Join(out, "邀请函.pdf")); txt != "" && !strings.Contains(txt, "尊敬的"+deputy.Name+"代表") {
		t.Errorf("invitation:\n%s", txt)
	}
	if files, _ := os.ReadDir(filepath.Join(out, "邀请函")); len(files) != 1 || !strings.Contains(files[0].Name(), deputy.Name) {
		t.Errorf("invitation folder %v", files)
	}
	if code, _, errs := huiwu(t, "--data", dir, "export", "topics", "--month", "2027-01", "--out", filepath.Join(out, "议题.xlsx")); code != 0 {
		t.Fatalf("topics register: %d %q", code, errs)
	}
	if code, _, _ := huiwu(t, "--data", dir, "export", "topics", "--month", "2027-1", "--out", filepath.Join(out, "x.xlsx")); code != 2 {
		t.Errorf("bad month exited %d", code)
	}
}
