package store

import (
	"strings"
	"testing"

	"huiwu/data"
	"huiwu/rules"
)

// 二十二: a major decision reaches its meeting without 集体讨论决定 ticked
// (the meeting is that procedure), and the decision records it with the
// meeting's day and name, in the move's audit entry too.
func TestCollectiveDecisionRecordedAtTheMeeting二十二(t *testing.T) {
	g := newTopicRig(t, data.TopicFlags{MajorDecision: true})
	for _, key := range []string{"22.public", "22.experts", "22.risk"} {
		if err := g.s.SetTopicCheck(ctx, g.topic.ID, key, true, g.meeting.Start.AddDate(0, 0, -20), ""); err != nil {
			t.Fatal(err)
		}
	}
	d, err := g.s.Topic(ctx, g.topic.ID)
	if err != nil {
		t.Fatal(err)
	}
	ev := rules.TopicEvidence{Flags: rules.FlagsOf(d.Topic, d.Units), Done: rules.TopicDone(d.Checks, d.Units, d.Legal)}
	for _, r := range rules.Missing(rules.TopicChecklist(ev.Flags), ev.Done) {
		if r.Key == rules.KeyCollective {
			t.Fatalf("集体讨论决定 demanded before the meeting: %+v", r)
		}
	}
	if _, err := g.s.db.Exec("UPDATE topics SET state = 'noticed' WHERE id = ?", g.topic.ID); err != nil {
		t.Fatal(err)
	}
	if err := g.move(t, data.TopicDeliberated, data.TopicMove{Outcome: string(rules.OutcomePassed)}); err != nil {
		t.Fatal(err)
	}
	if d, err = g.s.Topic(ctx, g.topic.ID); err != nil {
		t.Fatal(err)
	}
	want := "经市政府常务会议「" + g.meeting.Title + "」集体讨论决定：通过（第二十二条）"
	var got data.TopicCheck
	for _, c := range d.Checks {
		if c.Key == rules.KeyCollective {
			got = c
		}
	}
	if got.Note != want || !got.DoneOn.Equal(g.meeting.Day()) {
		t.Fatalf("集体讨论决定 recorded as %+v, want %q on %s", got, want, g.meeting.Day())
	}
	var detail string
	if err := g.s.db.QueryRow("SELECT detail FROM audit_log WHERE action = 'topic.move' ORDER BY seq DESC LIMIT 1").Scan(&detail); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(detail, "集体讨论决定") {
		t.Fatalf("the move's audit entry does not carry it: %s", detail)
	}
}
