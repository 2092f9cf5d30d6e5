package screens

import (
	"context"
	"strings"
	"testing"
	"time"
)

// The calendar shows the month's meetings by day and opens one; the week
// view and paging move the period.
func TestMeetingCalendarMonthAndWeek(t *testing.T) {
	r, ms := meetingRig(t)
	r.newMeeting(ms, "常务会议", "2026-12-03", "09:00", "11:00")
	r.newMeeting(ms, "专题会议", "2026-12-03", "14:00", "15:00")
	ms.showCalendar()
	c := ms.calendar
	c.anchor = time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC)
	c.reload()
	from, to := c.period()
	if from.Format("2006-01-02") != "2026-11-30" || to.Format("2006-01-02") != "2027-01-03" || len(c.meetings) != 2 {
		t.Fatalf("month %s–%s, %d meetings", from, to, len(c.meetings))
	}
	if got := len(c.grid.Objects); got != 35 {
		t.Fatalf("grid has %d cells", got)
	}
	c.mode.SetSelected(c.mode.Options[1]) // 按周
	from, to = c.period()
	if from.Weekday() != time.Monday || to.Sub(from) != 6*24*time.Hour || len(c.meetings) != 2 {
		t.Fatalf("week %s–%s", from, to)
	}
	c.step(1)
	if len(c.meetings) != 0 {
		t.Fatalf("next week has %d", len(c.meetings))
	}
	c.step(-1)
	ms.open(c.meetings[0].ID)
	if ms.page == nil {
		t.Fatal("no page")
	}
	ms.back()
	if ms.page != nil || ms.calendar == nil {
		t.Fatal("back from a page opened on the calendar should return to it")
	}
}

// 设置 › 会议: a bad term start is refused under its field; good settings
// are saved and change the next executive meeting's standing 列席.
func TestMeetingSettingsTab(t *testing.T) {
	r, _ := meetingRig(t)
	st := &meetingSettingsTab{env: r.shell.env}
	st.build()
	if !strings.Contains(st.standing.Text, "审计局") || st.grace.Text != "0" {
		t.Fatalf("defaults: %q %q", st.standing.Text, st.grace.Text)
	}
	st.numbering.SetSelected(st.numbering.Options[1]) // 按届
	st.termStart.SetText("2026-02-30")
	st.submit()
	if !strings.Contains(st.hints["届次起算日"].HintText, "无效") {
		t.Fatalf("bad term start: %q", st.hints["届次起算日"].HintText)
	}
	st.termStart.SetText("2026-01-01")
	st.standing.SetText("市政府办、审计局")
	st.grace.SetText("5")
	st.face.SetSelected(st.face.Options[1])
	st.submit()
	if !strings.Contains(st.summary.Text, "已保存") {
		t.Fatalf("not saved: %q", st.summary.Text)
	}
	ms, err := r.store.MeetingSettings(context.Background())
	if err != nil || !ms.PerTerm || ms.LateGraceMinutes != 5 || ms.CardFace != "song" || len(ms.StandingObservers) != 2 {
		t.Fatalf("saved %+v %v", ms, err)
	}
}
