package store

import (
	"testing"

	"huiwu/data"
)

// An override is written in the transaction of the change it lets through:
// when that change fails after the rules allowed it (here a save that lost
// a race with another window), neither the override nor any audit entry is
// left behind.
func TestOverrideOfAFailedChangeWritesNothing(t *testing.T) {
	s := withDemo(t)
	r := demoRoster(t, s)
	m, _, err := s.SaveMeeting(ctx, executive(r.with(data.RoleMayor, 0), "2026-12-03 09:00"))
	if err != nil {
		t.Fatal(err)
	}
	m.ChairID = r.with(data.RoleViceMayor, 0).ID // 四十一: the 市长 chairs
	_, _, err = s.SaveMeeting(ctx, m)
	re, ok := data.RuleRefusal(err)
	if !ok || !re.Overridable || len(re.Clauses) != 1 || re.Clauses[0] != 41 {
		t.Fatalf("vice-mayor in the chair: %v, want an overridable refusal under 第四十一条", err)
	}
	before := allAudit(t, s)
	stale := m
	stale.Version--
	stale.Overrides = data.OverridesFor(re, "市长在省里开会")
	if _, _, err := s.SaveMeeting(ctx, stale); data.ErrorCode(err) != data.EConflict {
		t.Fatalf("stale save with override: %v, want a conflict", err)
	}
	var n int
	if err := s.db.QueryRow("SELECT count(*) FROM meeting_overrides WHERE meeting_id = ?", m.ID).Scan(&n); err != nil || n != 0 {
		t.Fatalf("%d overrides left by a failed change (%v)", n, err)
	}
	if after := allAudit(t, s); after != before {
		t.Fatalf("audit log grew from %d to %d entries for a change that failed", before, after)
	}
	m.Overrides = data.OverridesFor(re, "市长在省里开会")
	saved, _, err := s.SaveMeeting(ctx, m)
	if err != nil || len(saved.Overrides) != 1 || saved.Overrides[0].Clause != 41 {
		t.Fatalf("save with override: %v %+v", err, saved.Overrides)
	}
	if after := allAudit(t, s); after != before+2 {
		t.Fatalf("audit entries %d, want %d: the update and its override", after, before+2)
	}
}

func allAudit(t *testing.T, s *Store) int {
	t.Helper()
	var n int
	if err := s.db.QueryRow("SELECT count(*) FROM audit_log").Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n
}
