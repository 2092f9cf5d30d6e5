package screens

import (
	"context"
	"fmt"
	"slices"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"huiwu/data"
)

// The 督办 list reads a page of its scope, not the scope (issue 19): row N
// of the page is the task row N was when the list read everything;
// 显示更多 reads the next page; a search still finds a task beyond the
// page, and a task saved beyond it is still selected.
func TestTaskListReadsAPage(t *testing.T) {
	r, units := taskRig(t)
	ctx := context.Background()
	dues := []string{"2026-12-20", "2026-10-05", "2026-11-30", "2026-11-24", "2026-09-01"}
	for i := range 12 {
		due := taskDay(t, dues[i%len(dues)])
		k, err := r.store.SaveTask(ctx, data.Task{Source: data.SourceNPC, Title: fmt.Sprintf("第%d号事项", i+1), LeadUnitID: units[3].ID, Assigned: taskDay(t, "2026-08-01"), Due: due})
		if err != nil {
			t.Fatal(err)
		}
		if i%4 == 3 {
			if _, err := r.store.CloseTask(ctx, k.ID, k.Version, taskDay(t, "2026-10-0"+fmt.Sprint(1+i/4)), "已办结"); err != nil {
				t.Fatal(err)
			}
		}
	}
	whole, err := r.store.Tasks(ctx, data.TaskFilter{ClosedSince: taskDay(t, "2026-01-01")})
	if err != nil || len(whole) != 12 {
		t.Fatalf("the scope: %d tasks, %v", len(whole), err)
	}
	r.shell.Show("tasks")
	ts := r.shell.screens[r.shell.index("tasks")].keys.(*tasksScreen)
	ids := func(k []data.Task) []int64 {
		var out []int64
		for _, x := range k {
			out = append(out, x.ID)
		}
		return out
	}
	if !slices.Equal(ids(ts.list.all), ids(whole)) || ts.list.moreBtn.Visible() {
		t.Fatalf("a scope within a page is read whole: %v, want %v", ids(ts.list.all), ids(whole))
	}

	ts.page = 5
	ts.scopeSel.SetSelected("全部") // a new filter starts at one page
	ts.scopeSel.SetSelected("未办结及本年办结")
	if !slices.Equal(ids(ts.list.all), ids(whole[:5])) || ts.list.count.Text != "共 12 项督办事项，已列出 5" || !ts.list.moreBtn.Visible() {
		t.Fatalf("first page %v (%q), want %v", ids(ts.list.all), ts.list.count.Text, ids(whole[:5]))
	}
	test.Tap(ts.list.moreBtn)
	if len(ts.list.all) != 10 || ts.list.all[7].ID != whole[7].ID || ts.list.all[7].Title != whole[7].Title {
		t.Fatalf("after 显示更多: %v, want %v", ids(ts.list.all), ids(whole[:10]))
	}
	if got := ts.list.all[0].State(ts.env.Tasks.Today()); got != "逾期" || ts.list.all[9].State(ts.env.Tasks.Today()) != "已办结" {
		t.Fatalf("overdue first, closed last: %s, %s", got, ts.list.all[9].State(ts.env.Tasks.Today()))
	}

	// A search looks at every task of the scope: the last one is found.
	last := whole[11]
	ts.scopeSel.SetSelected("全部")
	ts.scopeSel.SetSelected("未办结及本年办结")
	ts.list.search.SetText(last.Title)
	if len(ts.list.all) != 12 || len(ts.list.shown) != 1 || ts.list.shown[0].ID != last.ID || ts.list.moreBtn.Visible() {
		t.Fatalf("search %q: %v of %d", last.Title, ids(ts.list.shown), len(ts.list.all))
	}
	ts.list.search.SetText("")

	// A saved task beyond the page is selected, as before paging.
	ts.scopeSel.SetSelected("全部")
	ts.scopeSel.SetSelected("未办结及本年办结")
	ts.list.selectID(last.ID)
	ts.reload()
	if got, ok := ts.list.current(); !ok || got.ID != last.ID || len(ts.list.all) != 12 {
		t.Fatalf("saved task beyond the page: selected %+v (%v), %d read", got, ok, len(ts.list.all))
	}
}

// taskRig is a rig whose day is Tuesday 24 November 2026, with its units.
func taskRig(t *testing.T) (*rig, []data.Unit) {
	t.Helper()
	r := newRig(t)
	r.store.Now = func() time.Time { return time.Date(2026, 11, 24, 10, 0, 0, 0, time.UTC) }
	units, err := r.store.Units(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return r, units
}
