package store

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"huiwu/data"
	"huiwu/rules"
)

// heldMeeting saves a meeting of the given kind and chair on 2026-11-20 and
// takes it to 已召开.
func heldMeeting(t *testing.T, s *Store, m data.Meeting) data.Meeting {
	t.Helper()
	m, _, err := s.SaveMeeting(ctx, m)
	if err != nil {
		t.Fatal(err)
	}
	for _, st := range []data.MeetingStatus{data.StatusNotified, data.StatusHeld} {
		if m, err = s.SetMeetingStatus(ctx, m.ID, m.Version, st, ""); err != nil {
			t.Fatal(err)
		}
	}
	return m
}

func mustSign(t *testing.T, s *Store, id int64, a data.SignAction) data.Minutes {
	t.Helper()
	n, err := s.SignMinutes(ctx, id, a)
	if err != nil {
		t.Fatalf("%s: %v", a.Stage, err)
	}
	return n
}

func TestMinutesDraftNumbersAndPrefills(t *testing.T) {
	s := withDemo(t)
	r := demoRoster(t, s)
	mayor := r.with(data.RoleMayor, 0)
	planned, _, err := s.SaveMeeting(ctx, executive(mayor, "2026-11-19 09:00"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.DraftMinutes(ctx, planned.ID); err == nil || !strings.Contains(err.Error(), "尚未召开") {
		t.Fatalf("minutes of a meeting not held: %v", err)
	}
	m := heldMeeting(t, s, executive(mayor, "2026-11-20 09:00"))
	n, err := s.DraftMinutes(ctx, m.ID)
	if err != nil {
		t.Fatal(err)
	}
	if n.IssueText() != "〔2026〕第1期" || n.Stage != data.MinutesDraft || n.Versions != 1 {
		t.Fatalf("draft %+v", n)
	}
	if _, err := s.DraftMinutes(ctx, m.ID); data.ErrorCode(err) != data.EDuplicate {
		t.Fatalf("second draft of one meeting: %v", err)
	}
	vs, err := s.MinutesVersions(ctx, n.ID)
	if err != nil {
		t.Fatal(err)
	}
	want := "11月20日，市长" + mayor.Name + "主持召开市政府第2次常务会议，……。现纪要如下："
	if vs[0].Body != want {
		t.Fatalf("opening line\n got %s\nwant %s", vs[0].Body, want)
	}
	m2 := heldMeeting(t, s, executive(mayor, "2026-11-21 09:00"))
	n2, err := s.DraftMinutes(ctx, m2.ID)
	if err != nil || n2.Issue != 2 {
		t.Fatalf("second issue of the kind: %v %+v", err, n2)
	}
	l, err := s.MinutesLists(ctx, n.ID)
	if err != nil {
		t.Fatal(err)
	}
	// No sign-in taken: the invitation stands, members by protocol rank.
	if len(l.Present) != 8 || l.Present[0] != mayor.Name || len(l.Attending) != 8 {
		t.Fatalf("lists %+v", l)
	}
	if !strings.Contains(l.Attending[0], " ") {
		t.Fatalf("列席 without unit: %q", l.Attending[0])
	}
}

func TestMinutesVersionsRestoreAndLock四十六(t *testing.T) {
	s := withDemo(t)
	r := demoRoster(t, s)
	mayor := r.with(data.RoleMayor, 0)
	n, err := s.DraftMinutes(ctx, heldMeeting(t, s, executive(mayor, "2026-11-20 09:00")).ID)
	if err != nil {
		t.Fatal(err)
	}
	v2, err := s.SaveMinutesText(ctx, n.ID, "开头。\n# 一、关于城市更新\n会议原则同意。", 1)
	if err != nil || v2.N != 2 {
		t.Fatal(err, v2.N)
	}
	if _, err := s.SaveMinutesText(ctx, n.ID, "别人的稿子", 1); data.ErrorCode(err) != data.EConflict {
		t.Fatalf("save over a newer version: %v", err)
	}
	same, err := s.SaveMinutesText(ctx, n.ID, "开头。\n# 一、关于城市更新\n会议原则同意。  ", 2)
	if err != nil || same.N != 2 {
		t.Fatalf("unchanged text made a version: %v %d", err, same.N)
	}
	v3, err := s.RestoreMinutesVersion(ctx, n.ID, 1)
	if err != nil || v3.N != 3 || v3.Kind != data.VersionRestore || !strings.Contains(v3.Note, "第 1 版") {
		t.Fatalf("restore: %v %+v", err, v3)
	}
	if _, err := s.CorrectMinutes(ctx, n.ID, "x", "错字"); err == nil {
		t.Fatal("correction of an unsigned 纪要 allowed")
	}
	// Sign it through, then it is locked.
	day := time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC)
	mustSign(t, s, n.ID, data.SignAction{Stage: "起草", Day: day})
	chain, err := s.SignChain(ctx, n.ID)
	if err != nil {
		t.Fatal(err)
	}
	mustSign(t, s, n.ID, data.SignAction{Stage: "审核", PersonID: chain[1].PersonID, Day: day, Opinion: "请市长审签"})
	n, _ = s.MinutesOf(ctx, n.ID)
	n.Disclosure, n.Distribution = "依申请公开", "市各委办局。"
	if n, err = s.SaveMinutes(ctx, n); err != nil {
		t.Fatal(err)
	}
	n = mustSign(t, s, n.ID, data.SignAction{Stage: "签发", PersonID: mayor.ID, Day: day, Opinion: "同意"})
	if !n.Locked() || !n.SignedOn.Equal(day) {
		t.Fatalf("not locked: %+v", n)
	}
	if _, err := s.SaveMinutesText(ctx, n.ID, "改", 3); err == nil || !strings.Contains(err.Error(), "更正") {
		t.Fatalf("edit of a signed 纪要: %v", err)
	}
	if _, err := s.RestoreMinutesVersion(ctx, n.ID, 2); err == nil {
		t.Fatal("restore on a signed 纪要 allowed")
	}
	n.Distribution = "市各委办局"
	if _, err := s.SaveMinutes(ctx, n); err == nil {
		t.Fatal("settings of a signed 纪要 changed")
	}
	if _, err := s.CorrectMinutes(ctx, n.ID, "更正后的正文", " "); len(data.ProblemsOf(err)) == 0 {
		t.Fatalf("correction without a reason: %v", err)
	}
	c, err := s.CorrectMinutes(ctx, n.ID, "更正后的正文", "第二段数字有误")
	if err != nil || c.N != 4 || c.Kind != data.VersionCorrection || c.Note != "第二段数字有误" {
		t.Fatalf("correction: %v %+v", err, c)
	}
	for action, want := range map[string]int{"minutes.version": 4, "minutes.sign": 3, "minutes.lock": 1, "minutes.correct": 1, "minutes.draft": 1} {
		if got := auditCount(t, s, action); got != want {
			t.Errorf("%s audited %d times, want %d", action, got, want)
		}
	}
}

func TestMinutesSignOffRefusals四十六五十(t *testing.T) {
	s := withDemo(t)
	r := demoRoster(t, s)
	mayor := r.with(data.RoleMayor, 0)
	vice := r.with(data.RoleViceMayor, 0)
	n, err := s.DraftMinutes(ctx, heldMeeting(t, s, executive(mayor, "2026-11-20 09:00")).ID)
	if err != nil {
		t.Fatal(err)
	}
	day := time.Date(2026, 11, 24, 0, 0, 0, 0, time.UTC)
	if _, err := s.SignMinutes(ctx, n.ID, data.SignAction{Stage: "签发", PersonID: mayor.ID, Day: day}); err == nil || !strings.Contains(err.Error(), "第四十六条") {
		t.Fatalf("签发 before 起草: %v", err)
	}
	if _, err := s.SignMinutes(ctx, n.ID, data.SignAction{Stage: "起草", Day: time.Date(2026, 11, 29, 0, 0, 0, 0, time.UTC)}); len(data.ProblemsOf(err)) == 0 {
		t.Fatalf("a step dated tomorrow: %v", err)
	}
	if _, err := s.SignMinutes(ctx, n.ID, data.SignAction{Stage: "起草", Day: time.Date(2026, 11, 19, 0, 0, 0, 0, time.UTC)}); len(data.ProblemsOf(err)) == 0 {
		t.Fatalf("a step dated before the meeting: %v", err)
	}
	mustSign(t, s, n.ID, data.SignAction{Stage: "起草", Day: day})
	chain, _ := s.SignChain(ctx, n.ID)
	if len(chain) != 3 || chain[2].PersonID != mayor.ID || chain[0].Day.IsZero() || !chain[1].Day.IsZero() {
		t.Fatalf("chain %+v", chain)
	}
	if _, err := s.SignMinutes(ctx, n.ID, data.SignAction{PersonID: vice.ID, Day: day}); err == nil || !strings.Contains(err.Error(), chain[1].Who) {
		t.Fatalf("审核 by the wrong person: %v", err)
	}
	if _, err := s.SignMinutes(ctx, n.ID, data.SignAction{PersonID: chain[1].PersonID, Day: day.AddDate(0, 0, -1)}); len(data.ProblemsOf(err)) == 0 {
		t.Fatalf("审核 dated before 起草: %v", err)
	}
	mustSign(t, s, n.ID, data.SignAction{PersonID: chain[1].PersonID, Day: day})
	if _, err := s.SignMinutes(ctx, n.ID, data.SignAction{PersonID: vice.ID, Day: day}); err == nil || !strings.Contains(err.Error(), "市长") {
		t.Fatalf("常务会议纪要 signed by a 副市长: %v", err)
	}
	if _, err := s.SignMinutes(ctx, n.ID, data.SignAction{PersonID: mayor.ID, Day: day}); err == nil || !strings.Contains(err.Error(), "第五十条") {
		t.Fatalf("签发 without 公开属性: %v", err)
	}
	n, _ = s.MinutesOf(ctx, n.ID)
	n.Disclosure = "主动公开"
	if n, err = s.SaveMinutes(ctx, n); err != nil {
		t.Fatal(err)
	}
	if _, err := s.SignMinutes(ctx, n.ID, data.SignAction{PersonID: mayor.ID, Day: day}); err == nil || !strings.Contains(err.Error(), "分送") {
		t.Fatalf("签发 without 分送: %v", err)
	}
	// Editing the text while it is up for signing sends it back to 起草.
	if _, err := s.SaveMinutesText(ctx, n.ID, "改过的正文", 1); err != nil {
		t.Fatal(err)
	}
	if n, _ = s.MinutesOf(ctx, n.ID); n.Stage != data.MinutesDraft || auditCount(t, s, "minutes.reroute") != 1 {
		t.Fatalf("edit under review kept the steps: %s", n.Stage)
	}
}

func TestMinutesThreeMajorGoesToTheMayor四十六(t *testing.T) {
	s := withDemo(t)
	r := demoRoster(t, s)
	mayor := r.with(data.RoleMayor, 0)
	vice := r.with(data.RoleViceMayor, 0)
	m := executive(vice, "2026-11-20 09:00")
	m.Kind, m.Title = data.MeetingTopical, "关于城市更新的专题会议"
	n, err := s.DraftMinutes(ctx, heldMeeting(t, s, m).ID)
	if err != nil {
		t.Fatal(err)
	}
	chain, err := s.SignChain(ctx, n.ID)
	if err != nil || chain[2].PersonID != vice.ID {
		t.Fatalf("专题会议 signed by its chair: %v %+v", err, chain)
	}
	mustSign(t, s, n.ID, data.SignAction{Day: time.Date(2026, 11, 24, 0, 0, 0, 0, time.UTC)})
	n, _ = s.MinutesOf(ctx, n.ID)
	n.ThreeMajor = true
	if n, err = s.SaveMinutes(ctx, n); err != nil {
		t.Fatal(err)
	}
	if n.Stage != data.MinutesDraft {
		t.Fatalf("三重一大 set, steps kept: %s", n.Stage)
	}
	chain, _ = s.SignChain(ctx, n.ID)
	if chain[2].PersonID != mayor.ID || !strings.Contains(chain[2].Note, "三重一大") {
		t.Fatalf("三重一大 not to the 市长: %+v", chain[2])
	}
}

func TestPhrases(t *testing.T) {
	s := openTemp(t)
	ps, err := s.Phrases(ctx)
	if err != nil || len(ps) == 0 || ps[0] != "会议同意" {
		t.Fatalf("built-in phrases %v %v", ps, err)
	}
	if err := s.AddPhrase(ctx, " 会议决定 "); err != nil {
		t.Fatal(err)
	}
	if err := s.AddPhrase(ctx, "会议决定"); data.ErrorCode(err) != data.EDuplicate {
		t.Fatalf("duplicate phrase: %v", err)
	}
	if ps2, _ := s.Phrases(ctx); ps2[len(ps2)-1] != "会议决定" {
		t.Fatalf("added phrase %v", ps2)
	}
}

// The draft takes one section a topic on the agenda, in agenda order; a
// topic of 三重一大 routes the 纪要 to the 市长 (四十六).
func TestMinutesDraftHasASectionPerTopic(t *testing.T) {
	s := withDemo(t)
	r := demoRoster(t, s)
	mayor := r.with(data.RoleMayor, 0)
	vice := r.with(data.RoleViceMayor, 0)
	m := executive(vice, "2026-11-20 09:00")
	m.Kind, m.Title = data.MeetingTopical, "关于城市更新的专题会议"
	m = heldMeeting(t, s, m)
	for i, tp := range []struct{ title, short, outcome, flags string }{
		{"关于老旧小区改造计划", "住建局", "passed_in_principle", "three_major"},
		{"关于汛前检查", "水利局", "", ""},
	} {
		if _, err := s.DB().Exec(`INSERT INTO topics (title, unit_id, meeting_kind, meeting_id, state, outcome, flags, agenda_order, created_at, updated_at)
			VALUES (?, ?, 'topical', ?, 'deliberated', ?, ?, ?, 'x', 'x')`, tp.title, r.unit(tp.short).ID, m.ID, tp.outcome, tp.flags, i+1); err != nil {
			t.Fatal(err)
		}
	}
	n, err := s.DraftMinutes(ctx, m.ID)
	if err != nil {
		t.Fatal(err)
	}
	vs, _ := s.MinutesVersions(ctx, n.ID)
	lines := strings.Split(vs[0].Body, "\n")
	if len(lines) != 5 || lines[1] != "# 一、关于老旧小区改造计划" || !strings.Contains(lines[2], "会议原则同意") || lines[3] != "# 二、关于汛前检查" {
		t.Fatalf("sections:\n%s", vs[0].Body)
	}
	if !n.ThreeMajor || n.LeadUnitID != r.unit("住建局").ID {
		t.Fatalf("三重一大 %v, lead unit %d", n.ThreeMajor, n.LeadUnitID)
	}
	if chain, err := s.SignChain(ctx, n.ID); err != nil || chain[2].PersonID != mayor.ID {
		t.Fatalf("三重一大 topic not signed by the 市长: %v %+v", err, chain)
	}
}

// What the editor types is kept as it is typed and given back until a save
// makes it a version; a signed 纪要 takes none.
func TestMinutesAutosave(t *testing.T) {
	s := withDemo(t)
	r := demoRoster(t, s)
	mayor := r.with(data.RoleMayor, 0)
	n, err := s.DraftMinutes(ctx, heldMeeting(t, s, executive(mayor, "2026-11-20 09:00")).ID)
	if err != nil {
		t.Fatal(err)
	}
	if _, ok, err := s.MinutesAutosave(ctx, n.ID); ok || err != nil {
		t.Fatalf("a copy before any typing: %v %v", ok, err)
	}
	if err := s.AutosaveMinutes(ctx, n.ID, "正在输入的正文", 1); err != nil {
		t.Fatal(err)
	}
	c, ok, err := s.MinutesAutosave(ctx, n.ID)
	if err != nil || !ok || c.Body != "正在输入的正文" || c.BasedOn != 1 {
		t.Fatalf("copy %+v %v %v", c, ok, err)
	}
	if _, err := s.SaveMinutesText(ctx, n.ID, c.Body, c.BasedOn); err != nil {
		t.Fatal(err)
	}
	if _, ok, _ := s.MinutesAutosave(ctx, n.ID); ok {
		t.Fatal("the copy outlived the save")
	}
	if err := signAll(s, n.ID, mayor.ID, dayOf("2026-11-21")); err != nil {
		t.Fatal(err)
	}
	if err := s.AutosaveMinutes(ctx, n.ID, "x", 2); err == nil {
		t.Fatal("autosave into a signed 纪要")
	}
}

// The office's opening template for a meeting kind is used by the next
// draft of that kind; a template without the chair is refused.
func TestMinutesTemplateSetting(t *testing.T) {
	s := withDemo(t)
	r := demoRoster(t, s)
	mayor := r.with(data.RoleMayor, 0)
	if err := s.SetMinutesTemplate(ctx, data.MeetingExecutive, "{月}月{日}日召开{会议}"); err == nil {
		t.Fatal("a template without the chair")
	}
	if err := s.SetMinutesTemplate(ctx, data.MeetingExecutive, "{月}月{日}日上午，{主持人}主持召开{会议}。现将会议议定事项纪要如下："); err != nil {
		t.Fatal(err)
	}
	n, err := s.DraftMinutes(ctx, heldMeeting(t, s, executive(mayor, "2026-11-20 09:00")).ID)
	if err != nil {
		t.Fatal(err)
	}
	vs, _ := s.MinutesVersions(ctx, n.ID)
	if !strings.HasPrefix(vs[0].Body, "11月20日上午，市长"+mayor.Name+"主持召开市政府第") {
		t.Fatalf("opening %q", vs[0].Body)
	}
	if err := s.SetMinutesTemplate(ctx, data.MeetingExecutive, ""); err != nil {
		t.Fatal(err)
	}
	if tm, _ := s.MinutesTemplate(ctx, data.MeetingExecutive); tm != rules.DefaultMinutesTemplate {
		t.Fatalf("back to the default: %q", tm)
	}
	if auditCount(t, s, "setting.set") != 2 {
		t.Fatal("template changes not audited")
	}
}

// The scanned signed paper is copied into the data folder under its hash
// and named on the step; a missing file is refused and nothing recorded.
func TestMinutesSignKeepsTheScan(t *testing.T) {
	s := withDemo(t)
	r := demoRoster(t, s)
	n, err := s.DraftMinutes(ctx, heldMeeting(t, s, executive(r.with(data.RoleMayor, 0), "2026-11-20 09:00")).ID)
	if err != nil {
		t.Fatal(err)
	}
	day := dayOf("2026-11-23")
	if _, err := s.SignMinutes(ctx, n.ID, data.SignAction{Day: day, Scan: filepath.Join(t.TempDir(), "none.pdf")}); err == nil {
		t.Fatal("a missing scan accepted")
	}
	scan := filepath.Join(t.TempDir(), "审签单-签字.pdf")
	if err := os.WriteFile(scan, []byte("%PDF-1.4 signed"), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := s.SignMinutes(ctx, n.ID, data.SignAction{Day: day, Scan: scan}); err != nil {
		t.Fatal(err)
	}
	chain, _ := s.SignChain(ctx, n.ID)
	if chain[0].ScanName() != "审签单-签字.pdf" {
		t.Fatalf("scan %q", chain[0].Scan)
	}
	if b, err := os.ReadFile(s.MaterialPath(chain[0].ScanHash())); err != nil || string(b) != "%PDF-1.4 signed" {
		t.Fatalf("kept scan: %v %q", err, b)
	}
}
