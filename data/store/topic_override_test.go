package store

import (
	"testing"

	"huiwu/data"
)

// 四十一: the override of a missing item travels with the move and is
// written in its transaction. When the move fails after the rules let it
// through (here the audit entry cannot be written), neither the move, its
// override nor the topic's new state is left; sent again, it all lands.
func TestTopicOverrideOfAFailedMoveWritesNothing四十一(t *testing.T) {
	g := newTopicRig(t, data.TopicFlags{})
	err := g.move(t, data.TopicReported, data.TopicMove{})
	if !data.Overridable(err) {
		t.Fatalf("move without the units' agreement: %v, want an overridable refusal", err)
	}
	before := allAudit(t, g.s)
	if _, err := g.s.db.Exec("CREATE TEMP TRIGGER no_audit BEFORE INSERT ON audit_log BEGIN SELECT RAISE(ABORT, '审计写入失败'); END"); err != nil {
		t.Fatal(err)
	}
	if err := g.move(t, data.TopicReported, data.TopicMove{Override: "市长当面听取汇报"}); err == nil {
		t.Fatal("move saved though its audit entry could not be written")
	}
	var moves int
	if err := g.s.db.QueryRow("SELECT count(*) FROM topic_moves WHERE topic_id = ?", g.topic.ID).Scan(&moves); err != nil || moves != 0 {
		t.Fatalf("%d moves left by a failed move (%v)", moves, err)
	}
	d, err := g.s.Topic(ctx, g.topic.ID)
	if err != nil || d.State != data.TopicResearch || d.Version != g.topic.Version {
		t.Fatalf("topic after a failed move: %s v%d, want research v%d (%v)", d.State, d.Version, g.topic.Version, err)
	}
	if after := allAudit(t, g.s); after != before {
		t.Fatalf("audit log grew from %d to %d entries for a move that failed", before, after)
	}
	if _, err := g.s.db.Exec("DROP TRIGGER temp.no_audit"); err != nil {
		t.Fatal(err)
	}
	if err := g.move(t, data.TopicReported, data.TopicMove{Override: "市长当面听取汇报"}); err != nil {
		t.Fatal(err)
	}
	var override string
	if err := g.s.db.QueryRow("SELECT override FROM topic_moves WHERE topic_id = ?", g.topic.ID).Scan(&override); err != nil || override != "市长当面听取汇报" {
		t.Fatalf("override %q (%v)", override, err)
	}
	if after := allAudit(t, g.s); after != before+1 {
		t.Fatalf("audit entries %d, want %d: the move with its override", after, before+1)
	}
}
