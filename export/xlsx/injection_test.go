package xlsx

import (
	"bytes"
	"testing"

	"github.com/xuri/excelize/v2"

	"huiwu/data"
)

// Issue 18 item 8: text that Excel or WPS would take as a formula — a name
// or post beginning with = + - @, tab or CR, or their full-width forms — is
// written as a string cell with the text format and the quote prefix, so
// that it stays text even after someone edits the cell. Every such cell of
// the 出勤记录 is checked, wherever the text lands (name, post, unit,
// reason, title line).
func TestFormulaLikeTextStaysText(t *testing.T) {
	hostile := []string{`=HYPERLINK("http://x","点此")`, "+1+1", "-1+1", "@SUM(A1)", "\t=1", "\r=1", "＝1+1"}
	r := record()
	r.Meeting.Title = "=1+1 会议"
	for i, h := range hostile {
		r.Participants = append(r.Participants, data.Participant{
			PersonID: int64(10 + i), Name: h, Post: h, UnitName: h, UnitOrder: 40 + i,
			Role: data.AttendMember, Status: data.AttendLeave,
		})
	}
	r.Participants[0].Post = "+市长" // a plain cell's neighbour
	var buf bytes.Buffer
	if err := Attendance(&buf, r, "42:abcdef012345"); err != nil {
		t.Fatal(err)
	}
	f := open(t, buf.Bytes())
	quoted, plain := 0, 0
	for _, sheet := range f.GetSheetList() {
		rows, err := f.GetRows(sheet)
		if err != nil {
			t.Fatal(err)
		}
		for y, row := range rows {
			for x, v := range row {
				if v == "" {
					continue
				}
				cell, _ := excelize.CoordinatesToCellName(x+1, y+1)
				if formula, _ := f.GetCellFormula(sheet, cell); formula != "" {
					t.Errorf("%s!%s holds a formula %q", sheet, cell, formula)
				}
				id, err := f.GetCellStyle(sheet, cell)
				if err != nil {
					t.Fatal(err)
				}
				xf := f.Styles.CellXfs.Xf[id]
				prefixed := xf.QuotePrefix != nil && *xf.QuotePrefix && xf.NumFmtID != nil && *xf.NumFmtID == textFormat
				if formulaLike(v) != prefixed {
					t.Errorf("%s!%s %q: quote prefix and text format %v", sheet, cell, v, prefixed)
				}
				if prefixed {
					quoted++
				} else {
					plain++
				}
			}
		}
	}
	t.Logf("%d quoted cells, %d plain", quoted, plain)
	if quoted < 2*len(hostile)+2 || plain == 0 {
		t.Fatalf("%d quoted cells, %d plain: the hostile texts did not reach the sheet", quoted, plain)
	}
}
