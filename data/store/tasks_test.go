package store

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"huiwu/data"
)

// 三十六 to 三十八: a 议定事项 of a signed 纪要 and a leader's 批示 become
// tasks with a lead unit and helping units; feedback moves a task to 办理中,
// reminders are logged, the overdue come first, closure records the result.
func TestTasksFromCreationToClosure三十六(t *testing.T) {
	s := withDemo(t)
	r := demoRoster(t, s)
	mayor := r.with(data.RoleMayor, 0)
	n, err := s.DraftMinutes(ctx, heldMeeting(t, s, executive(mayor, "2026-11-20 09:00")).ID)
	if err != nil {
		t.Fatal(err)
	}
	item := data.Task{
		Source: data.SourceMinutes, MinutesID: n.ID, Title: "城市更新三年行动计划修改完善后印发",
		LeadUnitID: r.unit("住建局").ID, HelpUnitIDs: []int64{r.unit("财政局").ID}, Assigned: dayOf("2026-11-21"), Due: dayOf("2026-11-26"),
	}
	_, err = s.SaveTask(ctx, item)
	if err == nil || !strings.Contains(err.Error(), "尚未签发") {
		t.Fatalf("议定事项 of an unsigned 纪要: %v", err)
	}
	// The rules refuse it under both clauses, and nothing is written.
	if re, ok := data.RuleRefusal(err); !ok || !slices.Equal(re.Clauses, []data.Clause{46, 36}) || auditCount(t, s, "task.create") != 0 {
		t.Fatalf("议定事项 of an unsigned 纪要: refusal %+v, %d created", re, auditCount(t, s, "task.create"))
	}
	if err := signAll(s, n.ID, mayor.ID, dayOf("2026-11-21")); err != nil {
		t.Fatal(err)
	}
	a, err := s.SaveTask(ctx, item)
	if err != nil {
		t.Fatal(err)
	}
	if a.MinutesIssue != "〔2026〕第1期" || len(a.HelpUnitNames) != 1 || a.Status != data.TaskOpen {
		t.Fatalf("task %+v", a)
	}
	bad := data.Task{Source: data.SourceInstruction, Title: "x", LeadUnitID: r.unit("水利局").ID, HelpUnitIDs: []int64{r.unit("水利局").ID}, Assigned: dayOf("2026-11-22"), Due: dayOf("2026-11-21")}
	if _, err := s.SaveTask(ctx, bad); len(data.ProblemsOf(err)) != 3 {
		t.Fatalf("批示 without leader, lead unit helping, due before assigned: %v", data.ProblemsOf(err))
	}
	b, err := s.SaveTask(ctx, data.Task{
		Source: data.SourceInstruction, LeaderID: mayor.ID, Reference: "请水利局抓紧落实。", Title: "汛前检查",
		LeadUnitID: r.unit("水利局").ID, Assigned: dayOf("2026-11-22"), Due: dayOf("2026-12-05"),
	})
	if err != nil {
		t.Fatal(err)
	}
	ts, err := s.Tasks(ctx, data.TaskFilter{})
	if err != nil || len(ts) != 2 || ts[0].ID != a.ID || ts[0].State(s.Today()) != "逾期" {
		t.Fatalf("overdue first: %v %+v", err, ts)
	}
	if ts, _ := s.Tasks(ctx, data.TaskFilter{OverdueOnly: true}); len(ts) != 1 {
		t.Fatalf("overdue only: %d", len(ts))
	}
	if ts, _ := s.Tasks(ctx, data.TaskFilter{UnitID: r.unit("财政局").ID}); len(ts) != 1 || ts[0].ID != a.ID {
		t.Fatalf("by helping unit: %+v", ts)
	}
	if ts, _ := s.Tasks(ctx, data.TaskFilter{Source: data.SourceInstruction, LeaderID: mayor.ID}); len(ts) != 1 || ts[0].ID != b.ID {
		t.Fatalf("by source and leader: %+v", ts)
	}
	// The meeting page's 督办: the 议定事项 of its 纪要 alone.
	if ts, _ := s.Tasks(ctx, data.TaskFilter{MinutesID: n.ID}); len(ts) != 1 || ts[0].ID != a.ID {
		t.Fatalf("by 纪要: %+v", ts)
	}
	// One task by its id, overdue or not (a meeting page's 督办 row).
	if got, err := s.Task(ctx, b.ID); err != nil || got.Title != "汛前检查" || got.Overdue(s.Today()) {
		t.Fatalf("task %d: %+v %v", b.ID, got, err)
	}
	if _, err := s.Task(ctx, b.ID+100); data.ErrorCode(err) != data.ENotFound || data.ErrorMessage(err) != fmt.Sprintf("督办事项（编号 %d）已不存在", b.ID+100) {
		t.Fatalf("a task that is not there: %v", err)
	}
	if err := s.AddTaskNote(ctx, data.TaskNote{TaskID: a.ID, Kind: "reminder", Day: dayOf("2026-11-27"), Text: "电话催办"}); err != nil {
		t.Fatal(err)
	}
	if err := s.AddTaskNote(ctx, data.TaskNote{TaskID: a.ID, Kind: "feedback", Day: dayOf("2026-11-29"), Text: "x"}); len(data.ProblemsOf(err)) == 0 {
		t.Fatalf("feedback dated tomorrow: %v", err)
	}
	if err := s.AddTaskNote(ctx, data.TaskNote{TaskID: a.ID, Kind: "feedback", Day: dayOf("2026-11-28"), Text: "已完成修改，待印发"}); err != nil {
		t.Fatal(err)
	}
	if err := s.DeleteTask(ctx, a.ID, a.Version); err == nil {
		t.Fatal("a task with feedback deleted")
	}
	ts, _ = s.Tasks(ctx, data.TaskFilter{})
	a = ts[0]
	if a.Status != data.TaskDoing || a.Reminders != 1 || !a.LastNote.Equal(dayOf("2026-11-28")) {
		t.Fatalf("after feedback %+v", a)
	}
	if _, err := s.CloseTask(ctx, a.ID, a.Version, dayOf("2026-11-28"), " "); len(data.ProblemsOf(err)) == 0 {
		t.Fatalf("closed without result: %v", err)
	}
	c, err := s.CloseTask(ctx, a.ID, a.Version, dayOf("2026-11-28"), "已印发")
	if err != nil || c.Status != data.TaskDone || !c.Late() {
		t.Fatalf("close: %v %+v", err, c)
	}
	if err := s.AddTaskNote(ctx, data.TaskNote{TaskID: a.ID, Kind: "feedback", Day: dayOf("2026-11-28"), Text: "x"}); err == nil {
		t.Fatal("feedback on a closed task")
	}
	if err := s.DeleteTask(ctx, b.ID, b.Version); err != nil {
		t.Fatal(err)
	}
	for action, want := range map[string]int{"task.create": 2, "task.reminder": 1, "task.feedback": 1, "task.close": 1, "task.delete": 1} {
		if got := auditCount(t, s, action); got != want {
			t.Errorf("%s audited %d times, want %d", action, got, want)
		}
	}
}

// signAll records the three steps of a 纪要 on day, after setting its 公开属性.
func signAll(s *Store, id, signer int64, on time.Time) error {
	n, err := s.MinutesOf(ctx, id)
	if err != nil {
		return err
	}
	n.Disclosure, n.Distribution = "主动公开", "市各委办局。"
	if _, err := s.SaveMinutes(ctx, n); err != nil {
		return err
	}
	chain, err := s.SignChain(ctx, id)
	if err != nil {
		return err
	}
	for _, st := range chain {
		if _, err := s.SignMinutes(ctx, id, data.SignAction{PersonID: st.PersonID, Day: on}); err != nil {
			return err
		}
	}
	return nil
}
