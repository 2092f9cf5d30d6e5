package rules

import (
	"testing"

	"huiwu/data"
)

// 三十六 with 四十六, and 三十八: a 议定事项 comes from a signed 纪要; a
// closed task is kept as it ended.
func TestDecideTaskSave三十六(t *testing.T) {
	signed := data.Minutes{Year: 2026, Issue: 3, Stage: data.MinutesSigned}
	unsigned := data.Minutes{Year: 2026, Issue: 4, Stage: data.MinutesReviewed}
	fromMinutes := data.Task{Source: data.SourceMinutes, Title: "修路"}
	c, err := DecideTaskSave(TaskSave{Task: fromMinutes, Minutes: &signed})
	if err != nil || c.To != data.TaskOpen || c.Clause != 37 {
		t.Fatalf("a new 议定事项 of a signed 纪要: %+v %v", c, err)
	}
	_, err = DecideTaskSave(TaskSave{Task: fromMinutes, Minutes: &unsigned})
	wantRuleRefusal(t, err, "纪要 〔2026〕第4期 尚未签发，其议定事项还不能交办督办（第四十六条、第三十六条）", 46, 36)
	doing := data.Task{Title: "修路", Status: data.TaskDoing}
	c, err = DecideTaskSave(TaskSave{Task: data.Task{Source: data.SourceInstruction}, Old: &doing})
	if err != nil || c.From != data.TaskDoing || c.To != data.TaskDoing || c.Clause != 37 {
		t.Fatalf("an edit keeps the status: %+v %v", c, err)
	}
	done := data.Task{Title: "修路", Status: data.TaskDone}
	_, err = DecideTaskSave(TaskSave{Task: data.Task{Source: data.SourceInstruction}, Old: &done})
	wantRuleRefusal(t, err, "督办事项「修路」已办结，不能再修改", 38)
}

// 三十八: feedback and reminders, then the closure, on record in order.
func TestDecideTaskFollowUp三十八(t *testing.T) {
	open := data.Task{Title: "修路", Status: data.TaskOpen, Assigned: d("2026-11-02"), Due: d("2026-11-20")}
	doing := open
	doing.Status = data.TaskDoing
	done := open
	done.Status, done.ClosedOn = data.TaskDone, d("2026-11-18")
	notes := []struct {
		name     string
		task     data.Task
		kind     string
		from, to data.TaskStatus
	}{
		{"first feedback: 待办 → 办理中", open, "feedback", data.TaskOpen, data.TaskDoing},
		{"a reminder leaves 待办", open, "reminder", data.TaskOpen, data.TaskOpen},
		{"more feedback stays 办理中", doing, "feedback", data.TaskDoing, data.TaskDoing},
	}
	for _, tt := range notes {
		c, err := DecideTaskNote(tt.task, data.TaskNote{Kind: tt.kind, Day: d("2026-11-05")})
		if err != nil || c.From != tt.from || c.To != tt.to || c.Clause != 38 {
			t.Errorf("%s: %+v %v", tt.name, c, err)
		}
	}
	_, err := DecideTaskNote(done, data.TaskNote{Kind: "feedback", Day: d("2026-11-19")})
	wantRuleRefusal(t, err, "督办事项「修路」已办结", 38)
	_, err = DecideTaskNote(open, data.TaskNote{Kind: "reminder", Day: d("2026-11-01")})
	wantRuleRefusal(t, err, "日期：不能早于交办日期 2026-11-02", 38)

	c, err := DecideTaskClose(doing, d("2026-11-20"))
	if err != nil || c.From != data.TaskDoing || c.To != data.TaskDone || c.Late || c.Clause != 38 {
		t.Fatalf("closed on the due day: %+v %v", c, err)
	}
	if c, _ := DecideTaskClose(open, d("2026-11-21")); !c.Late {
		t.Fatalf("closed the day after the due date is late: %+v", c)
	}
	_, err = DecideTaskClose(done, d("2026-11-19"))
	wantRuleRefusal(t, err, "督办事项「修路」已于 2026-11-18 办结", 38)
	_, err = DecideTaskClose(open, d("2026-11-01"))
	wantRuleRefusal(t, err, "办结日期：不能早于交办日期 2026-11-02", 38)
}
