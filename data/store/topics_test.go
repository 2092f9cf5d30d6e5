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

// topicRig is a demo roster with one planned 常务会议 on 2026-12-03 and a
// topic of the 交通局 consulting the 财政局.
type topicRig struct {
	s       *Store
	r       roster
	meeting data.Meeting
	topic   data.Topic
}

func newTopicRig(t *testing.T, flags data.TopicFlags) topicRig {
	t.Helper()
	s := withDemo(t)
	r := demoRoster(t, s)
	m, _, err := s.SaveMeeting(ctx, executive(r.with(data.RoleMayor, 0), "2026-12-03 09:00"))
	if err != nil {
		t.Fatal(err)
	}
	tp, err := s.SaveTopic(ctx, data.Topic{
		Title: "关于农村公路提档升级三年行动计划的议题", UnitID: r.unit("交通局").ID, Reporter: "交通局局长",
		MeetingKind: data.MeetingExecutive, MeetingID: m.ID, Minutes: 15, Flags: flags,
	}, []data.TopicUnit{{UnitID: r.unit("财政局").ID, Attends: true}})
	if err != nil {
		t.Fatal(err)
	}
	return topicRig{s, r, m, tp}
}

func (g *topicRig) move(t *testing.T, to data.TopicState, mv data.TopicMove) error {
	t.Helper()
	d, err := g.s.Topic(ctx, g.topic.ID)
	if err != nil {
		t.Fatal(err)
	}
	mv.TopicID, mv.Version, mv.To = g.topic.ID, d.Version, to
	got, err := g.s.MoveTopic(ctx, mv)
	if err == nil {
		g.topic = got
	}
	return err
}

func (g *topicRig) material(t *testing.T, name string, copies int) data.TopicMaterial {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, []byte("材料正文 "+name), 0o600); err != nil {
		t.Fatal(err)
	}
	m, err := g.s.AddMaterial(ctx, g.topic.ID, path, copies)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// 四十一: one topic from research to 已审议, each step refused first for what
// is missing, then taken once it is on record; every move audited.
func TestTopicSevenSteps四十一(t *testing.T) {
	g := newTopicRig(t, data.TopicFlags{})
	if g.topic.LeaderID == 0 {
		t.Error("no responsible leader routed by 分工 (八)")
	}
	fin := g.r.unit("财政局").ID
	if err := g.move(t, data.TopicReported, data.TopicMove{}); err == nil || !strings.Contains(err.Error(), "协商一致") {
		t.Fatalf("reported without agreement: %v", err)
	}
	if err := g.s.SetUnitOpinion(ctx, g.topic.ID, data.TopicUnit{UnitID: fin, Opinion: data.OpinionDiffer}); !hasProblem(err, "单位意见") {
		t.Errorf("a differing opinion without its text: %v", err)
	}
	if err := g.s.SetUnitOpinion(ctx, g.topic.ID, data.TopicUnit{UnitID: fin, Opinion: data.OpinionAgree, Attends: true}); err != nil {
		t.Fatal(err)
	}
	if err := g.move(t, data.TopicReported, data.TopicMove{}); err != nil {
		t.Fatal(err)
	}
	if err := g.move(t, data.TopicNoticed, data.TopicMove{Override: "领导要求"}); err == nil || !strings.Contains(err.Error(), "不能从") {
		t.Fatalf("a skipped step went through with an override: %v", err)
	}
	g.material(t, "实施方案.pdf", 2)
	if err := g.move(t, data.TopicDeclared, data.TopicMove{}); err == nil || !strings.Contains(err.Error(), "已收 2 份") {
		t.Fatalf("declared with two copies: %v", err)
	}
	d, _ := g.s.Topic(ctx, g.topic.ID)
	if err := g.s.SetMaterialCopies(ctx, d.Materials[0].ID, 3); err != nil {
		t.Fatal(err)
	}
	for _, step := range []struct {
		to data.TopicState
		mv data.TopicMove
	}{
		{data.TopicDeclared, data.TopicMove{}},
		{data.TopicCollected, data.TopicMove{}},
		{data.TopicApproved, data.TopicMove{}},
		{data.TopicNoticed, data.TopicMove{}},
	} {
		if err := g.move(t, step.to, step.mv); err != nil {
			t.Fatalf("to %s: %v", step.to, err)
		}
	}
	// The 财政局 attends for the topic: its head joins the meeting as 列席.
	ps, err := g.s.Participants(ctx, g.meeting.ID)
	if err != nil {
		t.Fatal(err)
	}
	head := g.r.headOf("财政局")
	found := false
	for _, p := range ps {
		if p.PersonID == head.ID {
			found = p.Role == data.AttendObserver && p.Topic == g.topic.Title
		}
	}
	if !found {
		t.Errorf("the head of the 财政局 is not 列席 for the topic: %+v", ps)
	}
	if g.topic.DeclaredOn.Format(data.DateLayout) != "2026-11-28" {
		t.Errorf("declared on %v", g.topic.DeclaredOn)
	}
	// 四十一 step 7: frozen once in the notice.
	frozen := g.topic
	frozen.Title += "（修改）"
	if _, err := g.s.SaveTopic(ctx, frozen, nil); err == nil || !strings.Contains(err.Error(), "第四十一条第七步") {
		t.Errorf("a topic in the notice was edited: %v", err)
	}
	if err := g.move(t, data.TopicDeliberated, data.TopicMove{Override: "x"}); err == nil || !strings.Contains(err.Error(), "审议结果") {
		t.Errorf("deliberated without an outcome: %v", err)
	}
	if err := g.move(t, data.TopicDeliberated, data.TopicMove{Outcome: string(rules.OutcomePassed)}); err != nil {
		t.Fatal(err)
	}
	d, _ = g.s.Topic(ctx, g.topic.ID)
	if len(d.Moves) != 6 || d.Moves[5].To != data.TopicDeliberated || d.Moves[0].Actor != "tester" {
		t.Errorf("moves %+v", d.Moves)
	}
	if n := auditCount(t, g.s, "topic.move"); n != 6 {
		t.Errorf("%d moves audited, want 6", n)
	}
}

// 四十一: a declaration after the 15th needs the legal opinion and the
// mayor's approval; an override instead is recorded with its reason.
func TestLateTopicException四十一(t *testing.T) {
	g := newTopicRig(t, data.TopicFlags{})
	fin := g.r.unit("财政局").ID
	if err := g.s.SetUnitOpinion(ctx, g.topic.ID, data.TopicUnit{UnitID: fin, Opinion: data.OpinionAgree}); err != nil {
		t.Fatal(err)
	}
	if err := g.move(t, data.TopicReported, data.TopicMove{}); err != nil {
		t.Fatal(err)
	}
	g.material(t, "方案.docx", 3)
	g.s.Now = func() time.Time { return time.Date(2026, 12, 16, 10, 0, 0, 0, time.UTC) }
	err := g.move(t, data.TopicDeclared, data.TopicMove{})
	if err == nil || !strings.Contains(err.Error(), "须经市长同意") || !strings.Contains(err.Error(), "合法性审查意见书") {
		t.Fatalf("late declaration: %v", err)
	}
	// The deadline is a setting: with the 20th it is in time.
	if err := g.s.SaveTopicSettings(ctx, data.TopicSettings{DeadlineDay: 20, DeadlineInclusive: true, MaxMaterialMB: 200}); err != nil {
		t.Fatal(err)
	}
	if d, _ := g.s.Topic(ctx, g.topic.ID); d.Late {
		t.Error("late with the deadline on the 20th")
	}
	if err := g.s.SaveTopicSettings(ctx, data.TopicSettings{DeadlineDay: 15, DeadlineInclusive: true, MaxMaterialMB: 200}); err != nil {
		t.Fatal(err)
	}
	if err := g.s.ApproveLate(ctx, g.topic.ID, ""); err == nil {
		t.Error("an approval without a note accepted")
	}
	if err := g.s.ApproveLate(ctx, g.topic.ID, "市长 12月16日 电话同意"); err != nil {
		t.Fatal(err)
	}
	if err := g.s.RecordLegalOpinion(ctx, g.topic.ID, data.LegalOpinion{Number: "溧司审〔2026〕41号", Date: dayOf("2026-12-15"), Conclusion: "未发现违法内容"}, ""); err != nil {
		t.Fatal(err)
	}
	if err := g.move(t, data.TopicDeclared, data.TopicMove{}); err != nil {
		t.Fatal(err)
	}
	if n := auditCount(t, g.s, "topic.late_approval"); n != 1 {
		t.Errorf("%d late approvals audited", n)
	}
}

// 四十一: an override of a missing item needs a reason, and the move, the
// reason and what was missing go to the audit log.
func TestTopicOverrideAudited四十一(t *testing.T) {
	g := newTopicRig(t, data.TopicFlags{})
	if err := g.move(t, data.TopicReported, data.TopicMove{Override: "市长当面听取汇报，单位意见会上协调"}); err != nil {
		t.Fatal(err)
	}
	var detail string
	if err := g.s.db.QueryRow("SELECT detail FROM audit_log WHERE action = 'topic.move' ORDER BY seq DESC LIMIT 1").Scan(&detail); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(detail, "市长当面听取汇报") || !strings.Contains(detail, "协商一致") {
		t.Errorf("audit detail %s", detail)
	}
}

// 二十三: a topic on a 二十三 subject goes only to a 全体会议 or 常务会议, and
// after its decision carries the follow-up until it is recorded.
func TestSubject23Topic二十三(t *testing.T) {
	g := newTopicRig(t, data.TopicFlags{Subjects: []string{"budget"}})
	bad := g.topic
	bad.MeetingID, bad.MeetingKind = 0, data.MeetingTopical
	if _, err := g.s.SaveTopic(ctx, bad, nil); err == nil || !strings.Contains(err.Error(), "第二十三条") {
		t.Errorf("a budget topic for a 专题会议: %v", err)
	}
	if _, err := g.s.db.Exec("UPDATE topics SET state = 'noticed' WHERE id = ?", g.topic.ID); err != nil {
		t.Fatal(err)
	}
	if err := g.move(t, data.TopicDeliberated, data.TopicMove{Outcome: string(rules.OutcomePassed)}); err != nil {
		t.Fatal(err)
	}
	d, _ := g.s.Topic(ctx, g.topic.ID)
	if ts, _ := g.s.Topics(ctx, data.TopicFilter{}); len(ts) != 1 || !strings.Contains(strings.Join(ts[0].Missing, ""), "报请市委") {
		t.Errorf("the list does not show the follow-up due: %+v", ts)
	}
	if !strings.Contains(d.FollowUp, "报请市委") {
		t.Errorf("follow-up %q", d.FollowUp)
	}
	if ts, _ := g.s.Topics(ctx, data.TopicFilter{AwaitingReport: true}); len(ts) != 1 {
		t.Errorf("AwaitingReport lists %d topics before the report, want 1", len(ts))
	}
	if err := g.s.RecordFollowUp(ctx, g.topic.ID, "12月10日报市委常委会"); err != nil {
		t.Fatal(err)
	}
	if d, _ = g.s.Topic(ctx, g.topic.ID); d.FollowUp != "" {
		t.Errorf("follow-up still due: %q", d.FollowUp)
	}
	if ts, _ := g.s.Topics(ctx, data.TopicFilter{AwaitingReport: true}); len(ts) != 0 {
		t.Errorf("AwaitingReport still lists %d topics after the report", len(ts))
	}
}

// AwaitingReport leaves out topics with no 二十三 subject.
func TestAwaitingReportLeavesOutOtherTopics(t *testing.T) {
	g := newTopicRig(t, data.TopicFlags{})
	if ts, _ := g.s.Topics(ctx, data.TopicFilter{AwaitingReport: true}); len(ts) != 0 {
		t.Errorf("AwaitingReport lists %d topics without a 二十三 subject", len(ts))
	}
	if ts, _ := g.s.Topics(ctx, data.TopicFilter{}); len(ts) != 1 {
		t.Errorf("the rig's topic is missing: %d", len(ts))
	}
}

// 四十一: a topic deferred by the mayor carries over to a later meeting with
// its history; nothing is added once the later meeting's notice is out.
func TestDeferredTopicCarriesOver四十一(t *testing.T) {
	g := newTopicRig(t, data.TopicFlags{})
	if _, err := g.s.db.Exec("UPDATE topics SET state = 'collected' WHERE id = ?", g.topic.ID); err != nil {
		t.Fatal(err)
	}
	if err := g.move(t, data.TopicDeferred, data.TopicMove{}); err == nil || !strings.Contains(err.Error(), "理由") {
		t.Fatalf("deferred without a reason: %v", err)
	}
	if err := g.move(t, data.TopicDeferred, data.TopicMove{Reason: "待资金方案明确"}); err != nil {
		t.Fatal(err)
	}
	later, _, err := g.s.SaveMeeting(ctx, executive(g.r.with(data.RoleMayor, 0), "2027-01-07 09:00"))
	if err != nil {
		t.Fatal(err)
	}
	if err := g.move(t, data.TopicCollected, data.TopicMove{MeetingID: later.ID}); err != nil {
		t.Fatal(err)
	}
	d, _ := g.s.Topic(ctx, g.topic.ID)
	if d.MeetingID != later.ID || len(d.Moves) != 2 || d.Moves[0].Reason != "待资金方案明确" {
		t.Errorf("carried over: meeting %d moves %+v", d.MeetingID, d.Moves)
	}
	if _, err := g.s.SetMeetingStatus(ctx, later.ID, later.Version, data.StatusNotified, ""); err != nil {
		t.Fatal(err)
	}
	if err := g.move(t, data.TopicApproved, data.TopicMove{}); err == nil || !strings.Contains(err.Error(), "会议通知已发出") {
		t.Errorf("approved after the notice: %v", err)
	}
	if err := g.s.SetAgendaOrder(ctx, later.ID, []int64{g.topic.ID}); err == nil {
		t.Error("agenda reordered after the notice")
	}
}

// Bad input: an unreadable file or one over the limit is refused, and
// nothing half-copied stays in the materials folder.
func TestMaterialRefusals(t *testing.T) {
	g := newTopicRig(t, data.TopicFlags{})
	if _, err := g.s.AddMaterial(ctx, g.topic.ID, filepath.Join(t.TempDir(), "无此文件.pdf"), 3); err == nil {
		t.Error("a missing file accepted")
	}
	if err := g.s.SaveTopicSettings(ctx, data.TopicSettings{DeadlineDay: 15, DeadlineInclusive: true, MaxMaterialMB: 1}); err != nil {
		t.Fatal(err)
	}
	big := filepath.Join(t.TempDir(), "大文件.pdf")
	if err := os.WriteFile(big, make([]byte, 1<<20+1), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := g.s.AddMaterial(ctx, g.topic.ID, big, 3); err == nil || !strings.Contains(err.Error(), "超过上限 1 MB") {
		t.Errorf("a file over the limit: %v", err)
	}
	m := g.material(t, "方案.pdf", 3)
	again := g.material(t, "方案.pdf", 3)
	if m.Hash != again.Hash || m.Size != int64(len("材料正文 方案.pdf")) {
		t.Errorf("hash %s vs %s, size %d", m.Hash, again.Hash, m.Size)
	}
	entries, err := os.ReadDir(filepath.Join(g.s.Dir(), MaterialsDir))
	if err != nil || len(entries) != 1 || entries[0].Name() != m.Hash {
		t.Errorf("materials folder %v %v", entries, err)
	}
	if got, _ := os.ReadFile(g.s.MaterialPath(m.Hash)); string(got) != "材料正文 方案.pdf" {
		t.Errorf("stored content %q", got)
	}
	if _, err := g.s.AddMaterial(ctx, g.topic.ID, filepath.Join(t.TempDir()), 3); err == nil {
		t.Error("a folder accepted as a material")
	}
	if ts, _ := g.s.Topics(ctx, data.TopicFilter{Query: "方案"}); len(ts) != 1 {
		t.Errorf("search by a material's name: %d topics", len(ts))
	}
	if ts, _ := g.s.Topics(ctx, data.TopicFilter{Query: "公路"}); len(ts) != 1 {
		t.Errorf("search by a two-character substring: %d topics", len(ts))
	}
	if ts, _ := g.s.Topics(ctx, data.TopicFilter{Query: "医疗"}); len(ts) != 0 {
		t.Errorf("search found %d unrelated topics", len(ts))
	}
}

// A unit, a leader or a meeting with topics on record is refused deletion
// saying by what; two edits of one topic: the second sees a conflict.
func TestTopicReferencesAndConflict(t *testing.T) {
	g := newTopicRig(t, data.TopicFlags{})
	u := g.r.unit("交通局")
	if err := g.s.DeleteUnit(ctx, u.ID, u.Version); err == nil || !strings.Contains(err.Error(), "申报过 1 个议题") {
		t.Errorf("unit with a topic: %v", err)
	}
	fin := g.r.unit("财政局")
	if err := g.s.DeleteUnit(ctx, fin.ID, fin.Version); err == nil || !strings.Contains(err.Error(), "相关单位") {
		t.Errorf("related unit: %v", err)
	}
	if err := g.s.DeleteMeeting(ctx, g.meeting.ID, g.meeting.Version); err == nil || !strings.Contains(err.Error(), "1 个议题") {
		t.Errorf("meeting with a topic: %v", err)
	}
	leader, err := personTxFor(g.s, g.topic.LeaderID)
	if err != nil {
		t.Fatal(err)
	}
	if err := g.s.DeletePerson(ctx, leader.ID, leader.Version); err == nil || !strings.Contains(err.Error(), "议题的分管领导") {
		t.Errorf("leader of a topic: %v", err)
	}
	a, b := g.topic, g.topic
	a.Summary = "第一次修改"
	if _, err := g.s.SaveTopic(ctx, a, nil); err != nil {
		t.Fatal(err)
	}
	b.Summary = "第二次修改"
	if _, err := g.s.SaveTopic(ctx, b, nil); data.ErrorCode(err) != data.EConflict {
		t.Errorf("second edit: %v", err)
	}
	if err := g.s.DeleteTopic(ctx, g.topic.ID, g.topic.Version+1); err != nil {
		t.Errorf("delete a topic in research: %v", err)
	}
}

func personTxFor(s *Store, id int64) (data.Person, error) {
	ps, err := s.People(ctx)
	for _, p := range ps {
		if p.ID == id {
			return p, err
		}
	}
	return data.Person{}, err
}

// 八: a topic carrying a report-to-mayor matter goes to the 市长; without it,
// to the submitting unit's 分管 副市长.
func TestTopicLeaderRouted八(t *testing.T) {
	g := newTopicRig(t, data.TopicFlags{})
	mayor := g.r.with(data.RoleMayor, 0)
	if g.topic.LeaderID == mayor.ID {
		t.Fatalf("a plain topic routed to the 市长")
	}
	tp := g.topic
	tp.Flags.MayorMatters = []data.DocFlag{data.FlagBorrowing}
	got, err := g.s.SaveTopic(ctx, tp, nil)
	if err != nil {
		t.Fatal(err)
	}
	if got.LeaderID != mayor.ID {
		t.Errorf("a borrowing topic routed to %d, want the 市长 %d", got.LeaderID, mayor.ID)
	}
}
