package store

import (
	"io"
	"testing"
	"time"

	"huiwu/data"
	"huiwu/data/demo"
	"huiwu/rules"
)

// The desk of the demo's last day agrees, section by section, with what
// the registers themselves list: every meeting of the coming week still
// planned or notified, every unanswered countersign due within three
// working days or late, every overdue task, every 纪要 not signed.
func TestDeskAgreesWithTheRegisters(t *testing.T) {
	s := openTemp(t)
	if err := s.LoadDecade(ctx, 3, 1, io.Discard); err != nil {
		t.Fatal(err)
	}
	day := demo.Today
	s.Now = func() time.Time { return day.Add(10 * time.Hour) }
	// Two countersigns left unanswered: one a day late, one due on the
	// third working day ahead — 11-28 is a Saturday: 11-30, 12-1, 12-2 (the
	// generated ones are all answered).
	for i, due := range []string{"2026-11-27", "2026-12-02"} {
		if _, err := s.db.Exec(`UPDATE countersigns SET reply = '', reasons = '', replier = '', replied_on = '', extended_to = '', due = ?
			WHERE rowid = (SELECT rowid FROM countersigns ORDER BY rowid LIMIT 1 OFFSET ?)`, due, i); err != nil {
			t.Fatal(err)
		}
	}
	d, err := s.Desk(ctx, day)
	if err != nil {
		t.Fatal(err)
	}

	t.Logf("desk of %s: %d meetings, %d countersigns, %d/%d tasks, %d topics, %d 纪要, %d 备案", day.Format(data.DateLayout),
		len(d.Meetings), len(d.Countersigns), len(d.Tasks), d.TasksOverdue, len(d.Topics), len(d.Minutes), len(d.Filing))
	ms, err := s.Meetings(ctx, data.MeetingFilter{From: day, To: day.AddDate(0, 0, 6)})
	if err != nil {
		t.Fatal(err)
	}
	var coming []int64
	for _, m := range ms {
		if m.Status == data.StatusPlanning || m.Status == data.StatusNotified {
			coming = append(coming, m.ID)
		}
	}
	if len(d.Meetings) != len(coming) || len(coming) == 0 {
		t.Fatalf("desk lists %d meetings, the register %d of the week", len(d.Meetings), len(coming))
	}
	for i, l := range d.Meetings {
		if l.ID != coming[i] {
			t.Errorf("meeting %d is %d, want %d (the register's order)", i, l.ID, coming[i])
		}
	}

	var cal *rules.Calendar
	if err := s.docRead(ctx, func(tx *Tx) (err error) { cal, _, err = calendarTx(tx); return err }); err != nil {
		t.Fatal(err)
	}
	watch := rules.CountersignWatch(cal, day)
	cs, err := s.Countersigns(ctx)
	if err != nil {
		t.Fatal(err)
	}
	want := 0
	for _, c := range cs {
		due := c.Due
		if !c.ExtendedTo.IsZero() {
			due = c.ExtendedTo
		}
		if c.Reply == data.ReplyNone && !due.After(watch) {
			want++
		}
	}
	if want != 2 || len(d.Countersigns) != want || !d.Countersigns[0].Late || d.Countersigns[1].Late {
		t.Errorf("desk lists %d countersigns, the register has %d due by %s", len(d.Countersigns), want, watch.Format(data.DateLayout))
	}

	// Decisions: the demo records no follow-up, so every decision of a
	// 全体会议 or 常务会议 of the last 400 days is owed its publication 20
	// days after the meeting; those due by next week are counted, and the
	// earliest due listed.
	var owed int
	if err := s.db.QueryRow(`SELECT count(*) FROM topics t JOIN meetings m ON m.id = t.meeting_id
		WHERE t.state = 'deliberated' AND t.outcome IN ('passed', 'passed_in_principle') AND m.kind IN ('plenary', 'executive')
		AND m.starts_at >= ? AND m.starts_at < ?`, day.AddDate(0, 0, -deskDecisionDays).Format(clockLayout), day.AddDate(0, 0, 7-20+1).Format(clockLayout)).Scan(&owed); err != nil {
		t.Fatal(err)
	}
	if owed <= deskDecisionLines || d.DecisionsDue != owed || len(d.Decisions) != deskDecisionLines {
		t.Errorf("desk counts %d decisions owed and lists %d; %d are owed", d.DecisionsDue, len(d.Decisions), owed)
	}
	for i := 1; i < len(d.Decisions); i++ {
		if d.Decisions[i].Day.Before(d.Decisions[i-1].Day) {
			t.Fatalf("decisions not earliest due first at %d", i)
		}
	}

	overdue, err := s.Tasks(ctx, data.TaskFilter{OverdueOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	if d.TasksOverdue != len(overdue) || len(d.Tasks) != min(len(overdue), deskTasks) {
		t.Errorf("desk counts %d overdue tasks and lists %d; the register has %d", d.TasksOverdue, len(d.Tasks), len(overdue))
	}
	for i := 1; i < len(d.Tasks); i++ {
		if d.Tasks[i].Day.Before(d.Tasks[i-1].Day) {
			t.Fatalf("overdue tasks not most overdue first at %d", i)
		}
	}

	ns, err := s.MinutesList(ctx, data.MinutesFilter{})
	if err != nil {
		t.Fatal(err)
	}
	unsigned := 0
	for _, n := range ns {
		if n.Stage != data.MinutesSigned {
			unsigned++
		}
	}
	if len(d.Minutes) != unsigned {
		t.Errorf("desk lists %d 纪要 waiting, the register %d unsigned", len(d.Minutes), unsigned)
	}
}
