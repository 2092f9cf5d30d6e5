package screens

import (
	"context"
	"testing"

	"fyne.io/fyne/v2/test"

	"huiwu/data"
)

// Issue 17 item 11: the search dialog finds a topic by two characters of
// its title, and the hit opens the 议题 register with that topic's page.
func TestSearchHitOpensItsRegister(t *testing.T) {
	r := newRig(t)
	us, err := r.store.Units(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	tp, err := r.store.SaveTopic(context.Background(), data.Topic{
		Title: "2027年市级预算草案", UnitID: us[0].ID, MeetingKind: data.MeetingExecutive, Minutes: 15,
	}, nil)
	if err != nil {
		t.Fatal(err)
	}
	r.shell.Show("minutes")
	ms := r.shell.screens[r.shell.index("minutes")].keys.(*minutesScreen)
	d := ms.showSearch()
	test.Type(d.query, "草案")
	d.run()
	if len(d.hits) != 1 || d.hits[0].Kind != "topic" || d.count.Text != "共 1 处" {
		t.Fatalf("hits %+v %q", d.hits, d.count.Text)
	}
	d.list.Select(0)
	ts := r.shell.screens[r.shell.index("topics")].keys.(*topicsScreen)
	if r.shell.current != r.shell.index("topics") || ts.page == nil || ts.page.id != tp.ID {
		t.Fatal("the hit did not open its topic")
	}
}
