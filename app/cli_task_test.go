package app

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"huiwu/data"
	"huiwu/data/store"
)

// Tasks through the command line: the list with the overdue first and the
// --overdue filter, the 台账 and the 通报 workbooks, and refusals.
func TestTaskCommands三十八(t *testing.T) {
	dir := t.TempDir()
	s, err := store.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	err = loadDemo(ctx, s, 1)
	var units []data.Unit
	if err == nil {
		units, err = s.Units(ctx)
	}
	today := s.Today()
	for i, due := range []time.Time{today.AddDate(0, 0, -3), today.AddDate(0, 0, 10)} {
		if err != nil {
			break
		}
		_, err = s.SaveTask(ctx, data.Task{
			Source: data.SourceNPC, Reference: "第12号建议", Title: []string{"背街小巷整治", "农村公路养护"}[i],
			LeadUnitID: units[i+3].ID, Assigned: today.AddDate(0, 0, -20), Due: due,
		})
	}
	s.Close()
	if err != nil {
		t.Fatal(err)
	}
	code, out, _ := huiwu(t, "--data", dir, "task", "list")
	if code != 0 || !strings.Contains(out, "背街小巷整治") || strings.Index(out, "背街小巷整治") > strings.Index(out, "农村公路养护") {
		t.Fatalf("task list: %d %s", code, out)
	}
	if code, out, _ := huiwu(t, "--data", dir, "task", "list", "--overdue"); code != 0 || strings.Contains(out, "农村公路养护") {
		t.Fatalf("--overdue: %d %s", code, out)
	}
	from, to := today.AddDate(0, -1, 0).Format(data.DateLayout), today.AddDate(0, 1, 0).Format(data.DateLayout)
	if code, out, _ := huiwu(t, "--data", dir, "task", "list", "--source", "人大代表建议", "--from", today.Format(data.DateLayout)); code != 0 || strings.Contains(out, "背街小巷整治") || !strings.Contains(out, "农村公路养护") {
		t.Fatalf("--source --from: %d %s", code, out)
	}
	if code, _, _ := huiwu(t, "--data", dir, "task", "list", "--source", "传闻"); code != 2 {
		t.Fatalf("unknown source: exit %d", code)
	}
	for _, what := range []string{"tasks", "task-report"} {
		f := filepath.Join(t.TempDir(), what+".xlsx")
		if code, _, errs := huiwu(t, "--data", dir, "export", what, "--from", from, "--to", to, "--out", f); code != 0 {
			t.Fatalf("%s: %s", what, errs)
		}
	}
	if code, _, _ := huiwu(t, "--data", dir, "export", "tasks", "--from", "2026-02-30", "--to", to, "--out", "x.xlsx"); code != 2 {
		t.Errorf("bad date: exit %d", code)
	}
	if code, _, _ := huiwu(t, "--data", dir, "export", "task-report", "--from", from, "--to", to, "--out", "x.pdf"); code != 2 {
		t.Errorf("report as pdf: exit %d", code)
	}
}
