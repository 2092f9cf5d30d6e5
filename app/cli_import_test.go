package app

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

func writeRoster(t *testing.T, rows [][]any) string {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	for i, r := range rows {
		cell, _ := excelize.CoordinatesToCellName(1, i+1)
		if err := f.SetSheetRow("Sheet1", cell, &r); err != nil {
			t.Fatal(err)
		}
	}
	path := filepath.Join(t.TempDir(), "名册.xlsx")
	if err := f.SaveAs(path); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestImportRosterFromXlsx(t *testing.T) {
	dir := t.TempDir()
	huiwu(t, "--data", dir, "demo")
	bad := writeRoster(t, [][]any{{"姓名", "单位", "职务"}, {"新同志甲", "溧阳市财政局", "科员"}, {"新同志乙", "溧阳市月球局", "科员"}})
	code, out, errs := huiwu(t, "--data", dir, "import", "roster", bad)
	if code != exitInput || !strings.Contains(out, "第 3 行") || !strings.Contains(errs, "整批未导入") {
		t.Fatalf("bad sheet: %d %q %q", code, out, errs)
	}
	good := writeRoster(t, [][]any{{"姓名", "单位", "职务", "联系电话"}, {"新同志甲", "溧阳市财政局", "科员", 13812345678}})
	if code, out, errs := huiwu(t, "--data", dir, "import", "roster", good); code != 0 || !strings.Contains(out, "导入 1 人") {
		t.Fatalf("good sheet: %d %q %q", code, out, errs)
	}
	if code, out, _ := huiwu(t, "--data", dir, "check"); code != 0 {
		t.Fatalf("check after import: %q", out)
	}
}
