package screens

import (
	"context"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/widget"

	"huiwu/data"
)

// Issue 16: a row of the meeting page's 督办 tab opens its task, though it
// is neither overdue nor open — a 议定事项 closed before its due date, which
// the 督办 screen's overdue list never held — and a desk line opens any
// task by its id the same way.
func TestMeetingTaskRowOpensAClosedTask(t *testing.T) {
	r := newRig(t)
	r.store.Now = func() time.Time { return time.Date(2026, 11, 24, 10, 0, 0, 0, time.UTC) }
	ctx := context.Background()
	m := heldExecutive(t, r)
	n := signedMinutes(t, r, m.ID)
	units, _ := r.store.Units(ctx)
	k, err := r.store.SaveTask(ctx, data.Task{
		Source: data.SourceMinutes, MinutesID: n.ID, Title: "关于城市更新", LeadUnitID: units[3].ID,
		Assigned: time.Date(2026, 11, 21, 0, 0, 0, 0, time.UTC), Due: time.Date(2026, 12, 31, 0, 0, 0, 0, time.UTC),
	})
	if err != nil {
		t.Fatal(err)
	}
	// Open, it opens in its form to edit; closed (below), as its record.
	r.shell.openRecord(data.DeskTask, k.ID)
	if !taskFormOpen(r, "关于城市更新") {
		t.Fatalf("an open task did not open in its form: %q", topText(r))
	}
	closeDialogs(r)
	if _, err := r.store.CloseTask(ctx, k.ID, k.Version, time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC), "已印发实施"); err != nil {
		t.Fatal(err)
	}
	r.shell.Show("meetings")
	ms := r.shell.screens[r.shell.index("meetings")].keys.(*meetingsScreen)
	ms.open(m.ID)
	p := ms.page
	p.open(tabTasks)
	if len(p.tasks.tasks) != 1 || p.tasks.tasks[0].Status != data.TaskDone {
		t.Fatalf("the 督办 tab lists %+v", p.tasks.tasks)
	}
	p.tasks.list.Select(0)
	if r.shell.current != r.shell.index("tasks") {
		t.Fatalf("the row showed screen %d, not 督办", r.shell.current)
	}
	if !taskRecordOpen(r, "已印发实施") {
		t.Fatalf("the row did not open its task's record: %q", topText(r))
	}
	closeDialogs(r)
	// The desk's way: the register with the record open on it.
	r.shell.openRecord(data.DeskTask, k.ID)
	if !taskRecordOpen(r, "已印发实施") {
		t.Fatalf("openRecord did not open the task's record: %q", topText(r))
	}
}

// taskFormOpen tells whether the window's top dialog is a task's form
// (its 事项名称) reading title.
func taskFormOpen(r *rig, title string) bool {
	top := r.win.Canvas().Overlays().Top()
	if top == nil {
		return false
	}
	_, ok := shownOf[*keyEntry](top, func(e *keyEntry) bool { return e.Text == title })
	return ok
}

// taskRecordOpen tells whether the window's top dialog is a closed task's
// record, read-only (no entry to type in), saying result.
func taskRecordOpen(r *rig, result string) bool {
	top := r.win.Canvas().Overlays().Top()
	if top == nil {
		return false
	}
	if _, editable := shownOf[*keyEntry](top, func(*keyEntry) bool { return true }); editable {
		return false
	}
	_, ok := shownOf[*widget.Label](top, func(l *widget.Label) bool {
		return strings.Contains(l.Text, "办结　"+result) && strings.Contains(l.Text, "来源：")
	})
	return ok
}
