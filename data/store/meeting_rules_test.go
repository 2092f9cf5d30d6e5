package store

import (
	"slices"
	"testing"

	"huiwu/data"
)

// 四十一 and 六十一: once a meeting is cancelled the store refuses, as the
// rules decide (a refusal carrying its clause, with its text unchanged), to
// change its participants, its sign-in or its leave, and writes nothing.
func TestClosedMeetingRefusalsComeFromRules四十一六十一(t *testing.T) {
	s := withDemo(t)
	r := demoRoster(t, s)
	m, _, err := s.SaveMeeting(ctx, executive(r.with(data.RoleMayor, 0), "2026-12-03 09:00"))
	if err != nil {
		t.Fatal(err)
	}
	if m, err = s.SetMeetingStatus(ctx, m.ID, m.Version, data.StatusCancelled, "市长赴省开会"); err != nil {
		t.Fatal(err)
	}
	head := r.headOf("审计局")
	before := auditTotal(t, s)
	tests := []struct {
		name   string
		err    error
		clause data.Clause
		msg    string
	}{
		{"add", s.AddParticipant(ctx, data.Participant{MeetingID: m.ID, PersonID: head.ID, Role: data.AttendMember}), 41, "会议「" + m.Title + "」已取消，不能再调整参会人员"},
		{"remove", s.RemoveParticipant(ctx, m.ID, head.ID), 41, "会议「" + m.Title + "」已取消，参会名单不能再删减"},
		{"sign in", func() error {
			_, err := s.SetAttendance(ctx, data.Participant{MeetingID: m.ID, PersonID: head.ID, Status: data.AttendPresent})
			return err
		}(), 41, "会议「" + m.Title + "」已取消，不能再签到"},
		{"leave", func() error {
			_, err := s.RequestLeave(ctx, data.LeaveRequest{MeetingID: m.ID, PersonID: head.ID, Reason: "出差"})
			return err
		}(), 61, "会议「" + m.Title + "」已取消，不能再请假"},
		{"delete", s.DeleteMeeting(ctx, m.ID, m.Version), 41, "会议「" + m.Title + "」已取消，不能删除；请改为取消并写明原因"},
	}
	for _, tt := range tests {
		re, ok := data.RuleRefusal(tt.err)
		if !ok || re.Err.Message != tt.msg || !slices.Equal(re.Clauses, []data.Clause{tt.clause}) {
			t.Errorf("%s: %#v", tt.name, tt.err)
		}
	}
	if after := auditTotal(t, s); after != before {
		t.Fatalf("refused changes audited: %d entries, was %d", after, before)
	}
}

// auditTotal counts every entry of the audit log.
func auditTotal(t *testing.T, s *Store) int {
	t.Helper()
	var n int
	if err := s.db.QueryRow("SELECT count(*) FROM audit_log").Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n
}
