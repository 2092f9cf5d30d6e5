package store

import (
	"testing"
	"time"

	"huiwu/data"
)

// 四十二: a 副市长 chairs a 市长办公会议 受市长委托 only with the delegation on
// record; one recorded later re-checks the meeting and says so, and removing
// it takes the note away again.
func TestDelegationRechecksPlannedMeetings四十二(t *testing.T) {
	s := withDemo(t)
	r := demoRoster(t, s)
	vice := r.with(data.RoleViceMayor, 0)
	st := at("2026-12-15 09:00")
	m := data.Meeting{Title: "市长办公会议", Kind: data.MeetingMayorOffice, Start: st, End: st.Add(time.Hour), Place: "二楼会议室", ChairID: vice.ID, Status: data.StatusPlanning}
	_, _, err := s.SaveMeeting(ctx, m)
	if re, ok := data.RuleRefusal(err); !ok || !re.Overridable || data.ProblemsOf(err)[0].Message != vice.Name+" 当日未登记市长委托，不能主持市长办公会议（请先登记委托）（第四十二条）" {
		t.Fatalf("vice-mayor without a delegation: %v", err)
	}
	m.Overrides = []data.Override{{Clause: 42, Reason: "市长口头委托，书面委托补登"}}
	saved, _, err := s.SaveMeeting(ctx, m)
	if err != nil || saved.DelegationNote != "" {
		t.Fatalf("override: %v %q", err, saved.DelegationNote)
	}
	d, err := s.SaveDelegation(ctx, data.Delegation{DelegateID: vice.ID, From: at("2026-12-14 00:00"), To: at("2026-12-16 00:00"), Reason: "市长赴省开会"})
	if err != nil {
		t.Fatal(err)
	}
	want := "市长办公会议「市长办公会议」（2026-12-15 09:00，" + vice.Name + "主持）：改为受市长委托（市长赴省开会）"
	if len(d.Changes) != 1 || d.Changes[0] != want {
		t.Fatalf("changes %q, want %q", d.Changes, want)
	}
	got, _ := s.Meeting(ctx, saved.ID)
	if got.DelegationNote != "受市长委托（市长赴省开会）" || got.Version != saved.Version+1 {
		t.Fatalf("note %q version %d", got.DelegationNote, got.Version)
	}
	if n := auditCount(t, s, "meeting.delegation_recheck"); n != 1 {
		t.Fatalf("recheck audited %d times", n)
	}
	if err := s.DeleteDelegation(ctx, d.ID); err != nil {
		t.Fatal(err)
	}
	if got, _ = s.Meeting(ctx, saved.ID); got.DelegationNote != "" {
		t.Fatalf("note kept after the delegation went: %q", got.DelegationNote)
	}
	if n := auditCount(t, s, "meeting.delegation_recheck"); n != 2 {
		t.Fatalf("recheck audited %d times", n)
	}
}
