package screens

import (
	"context"
	"io"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"huiwu/data/demo"
	"huiwu/data/store"
	"huiwu/translation"
)

// The 工作台 is the first screen: on a year of generated data, with the
// clock on the demo's last day, it lists the week's meetings with what each
// lacks and the overdue tasks counted, and 打开 on a line opens that
// record on its screen.
func TestDeskListsAndOpens(t *testing.T) {
	test.NewTempApp(t)
	if err := translation.Load(); err != nil {
		t.Fatal(err)
	}
	s, err := store.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	if err := s.LoadDecade(context.Background(), 3, 1, io.Discard); err != nil {
		t.Fatal(err)
	}
	env := storeEnv(t, s, fyne.NewSize(1024, 720))
	w := env.Window
	env.Now = func() time.Time { return demo.Today.Add(9 * time.Hour) }
	shell := NewShell(env, "test")
	w.SetContent(shell.Content())
	if shell.screens[0].key != "desk" {
		t.Fatalf("the first screen is %s", shell.screens[0].key)
	}
	shell.Show("desk")
	desk := shell.screens[0].keys.(*deskScreen)
	if got := desk.heading.Text; got != "今天是2026年11月28日（星期六）　2026年以市政府及办公室名义发文 0 件" {
		t.Errorf("heading %q", got)
	}
	d := desk.desk
	if len(d.Meetings) == 0 || d.TasksOverdue == 0 {
		t.Fatalf("desk %d meetings, %d overdue tasks", len(d.Meetings), d.TasksOverdue)
	}
	first := deskSection(desk, 0)
	if got := first[0].(*widget.Label).Text; !strings.HasPrefix(got, "本周会议（") {
		t.Errorf("first section %q", got)
	}
	line := first[1].(*fyne.Container)
	text := line.Objects[0].(*widget.Label).Text
	if !strings.Contains(text, d.Meetings[0].Title) || !strings.HasPrefix(text, dateText(d.Meetings[0].Day)) {
		t.Errorf("first line %q, want the day and %q", text, d.Meetings[0].Title)
	}
	test.Tap(line.Objects[1].(*iconButton))
	ms := shell.screens[shell.index("meetings")].keys.(*meetingsScreen)
	if shell.current != shell.index("meetings") || ms.page == nil || ms.page.id != d.Meetings[0].ID {
		t.Fatalf("打开 did not open meeting %d", d.Meetings[0].ID)
	}
	shell.Show("desk")
	tasks := deskSection(desk, 2)
	if got := tasks[0].(*widget.Label).Text; got != "逾期督办事项：共 130 件，列出逾期最久的 20 件" {
		t.Errorf("tasks heading %q", got)
	}
	test.Tap(tasks[1].(*fyne.Container).Objects[1].(*iconButton))
	if shell.current != shell.index("tasks") {
		t.Fatal("打开 on a task did not go to 督办")
	}
}

// deskSection is the n-th section of the desk: its heading (the bold label
// each section starts with) and its rows up to the next heading.
func deskSection(desk *deskScreen, n int) []fyne.CanvasObject {
	var at []int
	objs := desk.sections.box.Objects
	for i, o := range objs {
		if l, ok := o.(*widget.Label); ok && l.TextStyle.Bold {
			at = append(at, i)
		}
	}
	end := len(objs)
	if n+1 < len(at) {
		end = at[n+1]
	}
	return objs[at[n]:end]
}
