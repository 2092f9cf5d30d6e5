package screens

import (
	"bytes"
	"context"
	"testing"

	"fyne.io/fyne/v2/test"
	"github.com/xuri/excelize/v2"

	"huiwu/export/xlsximport"
)

func rosterSheet(t *testing.T, rows [][]any) xlsximport.Result {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	for i, r := range rows {
		cell, _ := excelize.CoordinatesToCellName(1, i+1)
		f.SetSheetRow("Sheet1", cell, &r)
	}
	var buf bytes.Buffer
	f.Write(&buf)
	res, err := xlsximport.ReadRoster(&buf, xlsximport.DefaultLimits)
	if err != nil {
		t.Fatal(err)
	}
	return res
}

func TestImportPreviewImportsOnlyACleanSheet(t *testing.T) {
	r := newRig(t)
	people := r.roster.people
	before := len(people.list.all)

	bad := rosterSheet(t, [][]any{{"姓名", "单位"}, {"导入甲", "溧阳市财政局"}, {"", "溧阳市财政局"}})
	d := people.previewImport("名册.xlsx", bad)
	if !findButton(t, r.win.Canvas().Overlays().Top(), "导入 1 人").Disabled() {
		t.Fatal("a sheet with problems can be imported")
	}
	d.Hide()

	good := rosterSheet(t, [][]any{{"姓名", "单位", "职务"}, {"导入甲", "溧阳市财政局", "科员"}, {"导入乙", "溧阳市教育局", "科员"}})
	people.previewImport("名册.xlsx", good)
	test.Tap(findButton(t, r.win.Canvas().Overlays().Top(), "导入 2 人"))
	if len(people.list.all) != before+2 {
		t.Fatalf("after import %d people, want %d", len(people.list.all), before+2)
	}
	all, _ := r.store.People(context.Background())
	if len(all) != before+2 {
		t.Fatal("not in the store")
	}
}
