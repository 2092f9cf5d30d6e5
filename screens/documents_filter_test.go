package screens

import (
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"huiwu/data"
)

// Issue 16: the 公文 list's 来文单位 is chosen by typing part of the name
// (or the short name) in its picker; the list then holds that unit's
// documents alone, and 全部 brings the others back.
func TestDocumentsFilteredBySendingUnit(t *testing.T) {
	r := newRig(t)
	for _, d := range []struct{ title, unit string }{
		{"关于申请农村道路提档升级补助资金的请示", "溧阳市溧城街道"},
		{"关于调整2027年预算编制口径的请示", "溧阳市财政局"},
		{"关于城区排水管网改造的请示", "溧阳市溧城街道"},
	} {
		if _, err := r.store.SaveDocument(t.Context(), data.Document{
			Kind: data.DocRequest, Title: d.title, UnitID: unitNamed(t, r, d.unit),
			Received: time.Date(2026, 11, 2, 0, 0, 0, 0, time.UTC), Intake: data.Intake{ViaOffice: true, MattersSeen: 1},
		}); err != nil {
			t.Fatal(err)
		}
	}
	ds := documents(r)
	ds.reload()
	if len(ds.list.all) != 3 || ds.unit.Text != "全部" {
		t.Fatalf("unfiltered: %d documents, unit %q", len(ds.list.all), ds.unit.Text)
	}
	test.Tap(ds.unit)
	p := ds.unit.picker
	test.Type(p.search, "财政")
	if len(p.shown) != 1 || p.shown[0].Label != "溧阳市财政局" {
		t.Fatalf("typing 财政 offers %v", p.shown)
	}
	p.search.OnSubmitted(p.search.Text) // Enter takes the one found
	if ds.unit.Text != "溧阳市财政局" || ds.unit.popup.Visible() || ds.filter.UnitID != unitNamed(t, r, "溧阳市财政局") {
		t.Fatalf("chosen %q (picker open %v, filter %d)", ds.unit.Text, ds.unit.popup.Visible(), ds.filter.UnitID)
	}
	if len(ds.list.all) != 1 || ds.list.all[0].Title != "关于调整2027年预算编制口径的请示" || !strings.Contains(ds.list.count.Text, "共 1 件公文") {
		t.Fatalf("the 财政局's documents: %+v (%s)", ds.list.all, ds.list.count.Text)
	}
	test.Tap(ds.unit)
	ds.unit.picker.list.Select(0) // 全部, first
	if len(ds.list.all) != 3 || ds.unit.Text != "全部" || ds.filter.UnitID != 0 {
		t.Fatalf("back to every unit: %d documents, %q", len(ds.list.all), ds.unit.Text)
	}
}
