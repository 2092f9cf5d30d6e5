package store

import (
	"strings"
	"testing"

	"huiwu/data"
)

// 二十七 and 二十四: a decision of the 常务会议 shows on the desk until its
// publication is recorded, a major one until its 跟踪评估 is; the limits are
// settings, and an undecided topic takes no follow-up.
func TestDecisionFollowUpOnTheDesk二十四二十七(t *testing.T) {
	g := newTopicRig(t, data.TopicFlags{MajorDecision: true})
	s := g.s
	if err := s.RecordDecisionFollowUp(ctx, data.DecisionFollowUp{TopicID: g.topic.ID, PublishedOn: dayOf("2026-12-05"), PublishedWhere: "市政府门户网站"}); err == nil || !strings.Contains(err.Error(), "尚未经会议决定") {
		t.Fatalf("follow-up of an undecided topic: %v", err)
	}
	// The topic's seven steps are covered elsewhere: here it is decided.
	if _, err := s.db.Exec("UPDATE topics SET state = 'deliberated', outcome = 'passed' WHERE id = ?", g.topic.ID); err != nil {
		t.Fatal(err)
	}
	lines := func(day string) []data.DeskLine {
		t.Helper()
		d, err := s.Desk(ctx, dayOf(day))
		if err != nil {
			t.Fatal(err)
		}
		var out []data.DeskLine
		for _, l := range d.Decisions {
			if l.ID == g.topic.ID {
				out = append(out, l)
			}
		}
		return out
	}
	if got := lines("2026-12-10"); len(got) != 0 {
		t.Fatalf("shown before it is due: %+v", got)
	}
	// Due 2026-12-23 (20 days after the meeting of 12-03): shown a week ahead.
	got := lines("2026-12-16")
	if len(got) != 1 || got[0].Late || got[0].Kind != data.DeskTopic || strings.Join(got[0].Needs, "；") != "待公布决定事项（第二十七条，2026-12-23前）" {
		t.Fatalf("desk %+v", got)
	}
	if err := s.RecordDecisionFollowUp(ctx, data.DecisionFollowUp{TopicID: g.topic.ID, PublishedOn: dayOf("2026-12-20")}); data.ErrorCode(err) != data.EInvalid || data.ProblemsOf(err)[0].Field != "公布载体" {
		t.Fatalf("published nowhere: %v", err)
	}
	if err := s.RecordDecisionFollowUp(ctx, data.DecisionFollowUp{TopicID: g.topic.ID, PublishedOn: dayOf("2026-12-20"), PublishedWhere: "市政府门户网站"}); err != nil {
		t.Fatal(err)
	}
	if got := lines("2026-12-28"); len(got) != 0 {
		t.Fatalf("published, still shown: %+v", got)
	}
	// The 跟踪评估 falls due six months on, then three with the setting.
	fs, err := s.FollowUpSettings(ctx)
	if err != nil || fs.EvaluateMonths != 6 || fs.PublishDays != 20 || fs.NPCDays != 90 {
		t.Fatalf("defaults %+v %v", fs, err)
	}
	if got := lines("2027-06-04"); len(got) != 1 || !got[0].Late || got[0].Needs[0] != "待跟踪评估决策执行情况（第二十四条，2027-06-03前）" {
		t.Fatalf("evaluation %+v", got)
	}
	// A major decision of a department meeting is not published but still
	// evaluated: the desk, which reads only the decisions that may owe a
	// follow-up, reads it too.
	if _, err := s.db.Exec("UPDATE meetings SET kind = 'department' WHERE id = (SELECT meeting_id FROM topics WHERE id = ?)", g.topic.ID); err != nil {
		t.Fatal(err)
	}
	if got := lines("2027-06-04"); len(got) != 1 || got[0].Needs[0] != "待跟踪评估决策执行情况（第二十四条，2027-06-03前）" {
		t.Fatalf("evaluation of a department's major decision %+v", got)
	}
	fs.EvaluateMonths = 3
	if err := s.SaveFollowUpSettings(ctx, fs); err != nil {
		t.Fatal(err)
	}
	if got := lines("2027-03-01"); len(got) != 1 || got[0].Needs[0] != "待跟踪评估决策执行情况（第二十四条，2027-03-03前）" {
		t.Fatalf("evaluation with 3 months %+v", got)
	}
	f, _ := s.DecisionFollowUp(ctx, g.topic.ID)
	f.EvaluatedOn, f.Evaluation = dayOf("2027-03-02"), "按期推进，资金到位"
	if err := s.RecordDecisionFollowUp(ctx, f); err != nil {
		t.Fatal(err)
	}
	if got := lines("2027-03-10"); len(got) != 0 {
		t.Fatalf("evaluated, still shown: %+v", got)
	}
	if n := auditCount(t, s, "topic.decision_followup"); n != 2 {
		t.Fatalf("%d audited", n)
	}
}

// The desk's decisions read the year's meetings, the topics of those whose
// decisions are published, and the major topics of the others by their
// partial index (0030), never every topic of the year.
func TestDeskDecisionsReadMajorTopicsByTheirIndex(t *testing.T) {
	s := openTemp(t)
	query, args := deskDecisionsQuery(dayOf("2026-12-16"))
	rows, err := s.db.Query("EXPLAIN QUERY PLAN "+query, args...)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var plan []string
	for rows.Next() {
		var id, parent, unused int
		var detail string
		if err := rows.Scan(&id, &parent, &unused, &detail); err != nil {
			t.Fatal(err)
		}
		plan = append(plan, detail)
	}
	got := strings.Join(plan, "\n")
	for _, want := range []string{
		"SEARCH t USING INDEX topics_meeting (meeting_id=?)",
		"SEARCH t USING INDEX topics_major (meeting_id=?)",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("plan lacks %q:\n%s", want, got)
		}
	}
	if strings.Contains(got, "SCAN t") {
		t.Errorf("plan scans the topics:\n%s", got)
	}
}
