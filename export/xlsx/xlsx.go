// Package xlsx writes the meeting papers that go to Excel — the 签到表, the
// 出勤记录 and the 出勤统计 — with excelize's StreamWriter, print-ready on
// A4: a merged title, the header row repeated on every printed page, fit to
// one page wide, borders throughout.
package xlsx

import (
	"fmt"
	"io"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"
)

// maxCell is Excel's limit on the characters of one cell.
const maxCell = 32767

// col is one column of a table sheet.
type col struct {
	head  string
	width float64
}

// table is one sheet: a title, a line under it, a header row, the rows, and
// footer lines.
type table struct {
	name      string // sheet name
	title     string
	sub       string
	cols      []col
	rows      [][]any
	footer    []string
	rowHeight float64 // 0 = Excel's default
	portrait  bool
}

// styles are the cell styles shared by a workbook's sheets.
type styles struct {
	title, sub, head, cell, center, foot int
	// quoted maps a style to the same style as text with Excel's quote
	// prefix (the hidden ' before an entry), for text that Excel or WPS
	// would otherwise take as a formula; see forText.
	quoted map[int]int
}

// textFormat is Excel's built-in number format "@": what is typed into the
// cell stays text.
const textFormat = 49

// forText is the style for text in a cell of style id. A name or post that
// begins with = + - @ (or tab, CR, or their full-width forms, which Excel
// takes as the same when typed with a Chinese input method) is written as
// text already, but would become a live formula once someone edits the cell
// and presses Enter; with the quote prefix and the text format it stays
// text (OWASP, CSV injection). Other text keeps the plain style, so that its
// formula bar shows no apostrophe.
func (st styles) forText(id int, text string) int {
	// The first rune is looked at before the map: almost no text is
	// formula-like, and this runs for every text cell.
	if !formulaLike(text) {
		return id
	}
	if q, ok := st.quoted[id]; ok {
		return q
	}
	return id
}

func formulaLike(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return strings.ContainsRune("=+-@\t\r＝＋－＠", r)
}

func newStyles(f *excelize.File) (styles, error) {
	border := []excelize.Border{
		{Type: "left", Color: "000000", Style: 1},
		{Type: "right", Color: "000000", Style: 1},
		{Type: "top", Color: "000000", Style: 1},
		{Type: "bottom", Color: "000000", Style: 1},
	}
	st := styles{quoted: map[int]int{}}
	var err error
	mk := func(dst *int, s *excelize.Style) {
		if err != nil {
			return
		}
		if *dst, err = f.NewStyle(s); err != nil {
			return
		}
		q := *s
		q.NumFmt = textFormat
		var id int
		if id, err = f.NewStyle(&q); err != nil {
			return
		}
		// excelize has no option for the quote prefix; its style sheet
		// is there to set it on.
		yes := true
		f.Styles.CellXfs.Xf[id].QuotePrefix = &yes
		st.quoted[*dst] = id
	}
	mk(&st.title, &excelize.Style{Font: &excelize.Font{Family: "黑体", Size: 18, Bold: true}, Alignment: &excelize.Alignment{Horizontal: "center", Vertical: "center"}})
	mk(&st.sub, &excelize.Style{Font: &excelize.Font{Family: "仿宋", Size: 12}, Alignment: &excelize.Alignment{Horizontal: "left", Vertical: "center", WrapText: true}})
	mk(&st.head, &excelize.Style{
		Font: &excelize.Font{Family: "黑体", Size: 12}, Border: border,
		Alignment: &excelize.Alignment{Horizontal: "center", Vertical: "center", WrapText: true},
	})
	mk(&st.cell, &excelize.Style{
		Font: &excelize.Font{Family: "仿宋", Size: 12}, Border: border,
		Alignment: &excelize.Alignment{Horizontal: "left", Vertical: "center", WrapText: true},
	})
	mk(&st.center, &excelize.Style{
		Font: &excelize.Font{Family: "仿宋", Size: 12}, Border: border,
		Alignment: &excelize.Alignment{Horizontal: "center", Vertical: "center"},
	})
	mk(&st.foot, &excelize.Style{Font: &excelize.Font{Family: "仿宋", Size: 12}, Alignment: &excelize.Alignment{Horizontal: "left", Vertical: "center"}})
	return st, err
}

// styleSheetPath is where a workbook keeps its style sheet.
const styleSheetPath = "xl/styles.xml"

// bookStyles is the style sheet of every workbook, made once: the twelve
// styles cost each workbook as much again as a 120-row 签到表's cells.
var bookStyles = sync.OnceValues(func() (sharedStyles, error) {
	f := excelize.NewFile()
	defer f.Close()
	st, err := newStyles(f)
	if err != nil {
		return sharedStyles{}, err
	}
	// Writing the workbook is what turns the style sheet into its XML.
	if err := f.Write(io.Discard); err != nil {
		return sharedStyles{}, err
	}
	sheet, ok := f.Pkg.Load(styleSheetPath)
	if !ok {
		return sharedStyles{}, fmt.Errorf("no %s after writing", styleSheetPath)
	}
	return sharedStyles{st, sheet.([]byte)}, nil
})

// sharedStyles are the style IDs and the style sheet's XML as written.
type sharedStyles struct {
	ids   styles
	sheet []byte
}

// useStyles gives the new workbook f the shared style sheet: its XML goes
// in as it is, and f's parsed one is dropped, so that excelize writes the
// XML out unchanged rather than its own (it parses the XML again should
// anything ask for a style). The IDs are the same as newStyles would give
// f, which starts with the same default sheet.
func useStyles(f *excelize.File) (styles, error) {
	sh, err := bookStyles()
	if err != nil {
		return styles{}, err
	}
	f.Pkg.Store(styleSheetPath, sh.sheet)
	f.Styles = nil
	return sh.ids, nil
}

// clip keeps a text within Excel's cell limit.
func clip(s string) string {
	if utf8.RuneCountInString(s) <= maxCell {
		return s
	}
	return string([]rune(s)[:maxCell-1]) + "…"
}

// writeBook writes the tables as sheets of one workbook to w. head, the
// audit log's head at export time, goes into the workbook's properties
// (文件 › 信息 in Excel and WPS) so that a filed copy can be checked against
// the log with huiwu audit verify --head.
func writeBook(w io.Writer, tables []table, head string) error {
	f := excelize.NewFile()
	defer f.Close()
	if head != "" {
		if err := f.SetDocProps(&excelize.DocProperties{Keywords: "huiwu-audit-head " + head, Description: "审计头 " + head, Creator: "Huiwu"}); err != nil {
			return fmt.Errorf("xlsx properties: %w", err)
		}
	}
	st, err := useStyles(f)
	if err != nil {
		return fmt.Errorf("xlsx styles: %w", err)
	}
	for i, t := range tables {
		if i == 0 {
			if err := f.SetSheetName("Sheet1", t.name); err != nil {
				return fmt.Errorf("xlsx sheet %s: %w", t.name, err)
			}
		} else if _, err := f.NewSheet(t.name); err != nil {
			return fmt.Errorf("xlsx sheet %s: %w", t.name, err)
		}
		if err := writeTable(f, st, t); err != nil {
			return fmt.Errorf("xlsx sheet %s: %w", t.name, err)
		}
	}
	// No SetActiveSheet: the first sheet is active already, and the call would
	// parse every streamed sheet back in and write it out again (4× slower).
	if err := f.Write(w); err != nil {
		return fmt.Errorf("xlsx write: %w", err)
	}
	return nil
}

// writeTable lays one table out. The page settings go on the sheet before
// the stream writer opens it: the writer copies them out when it flushes.
func writeTable(f *excelize.File, st styles, t table) error {
	fit, zero, paper := true, 0, 9 // A4
	orient := "landscape"
	if t.portrait {
		orient = "portrait"
	}
	one := 1
	if err := f.SetSheetProps(t.name, &excelize.SheetPropsOptions{FitToPage: &fit}); err != nil {
		return err
	}
	if err := f.SetPageLayout(t.name, &excelize.PageLayoutOptions{Size: &paper, Orientation: &orient, FitToWidth: &one, FitToHeight: &zero}); err != nil {
		return err
	}
	m := 0.6
	center := true
	if err := f.SetPageMargins(t.name, &excelize.PageLayoutMarginsOptions{Left: &m, Right: &m, Top: &m, Bottom: &m, Horizontally: &center}); err != nil {
		return err
	}
	if err := f.SetHeaderFooter(t.name, &excelize.HeaderFooterOptions{OddFooter: "&C第 &P 页，共 &N 页"}); err != nil {
		return err
	}
	// 3 is the header row: printed again at the top of every page.
	if err := f.SetDefinedName(&excelize.DefinedName{Name: "_xlnm.Print_Titles", RefersTo: fmt.Sprintf("'%s'!$3:$3", t.name), Scope: t.name}); err != nil {
		return err
	}
	sw, err := f.NewStreamWriter(t.name)
	if err != nil {
		return err
	}
	for i, c := range t.cols {
		if err := sw.SetColWidth(i+1, i+1, c.width); err != nil {
			return err
		}
	}
	last, err := excelize.ColumnNumberToName(len(t.cols))
	if err != nil {
		return err
	}
	line := func(row int, text string, style int, height float64) error {
		if err := sw.SetRow(fmt.Sprintf("A%d", row), []any{excelize.Cell{StyleID: st.forText(style, text), Value: clip(text)}}, excelize.RowOpts{Height: height}); err != nil {
			return err
		}
		return sw.MergeCell(fmt.Sprintf("A%d", row), fmt.Sprintf("%s%d", last, row))
	}
	if err := line(1, t.title, st.title, 36); err != nil {
		return err
	}
	if err := line(2, t.sub, st.sub, 24); err != nil {
		return err
	}
	head := make([]any, len(t.cols))
	for i, c := range t.cols {
		head[i] = excelize.Cell{StyleID: st.head, Value: c.head}
	}
	if err := sw.SetRow("A3", head, excelize.RowOpts{Height: 24}); err != nil {
		return err
	}
	// The stream writer writes a row out before SetRow returns, so one set
	// of cells serves every row, handed over as pointers: a Cell put in an
	// interface by value would be copied to the heap, once per cell.
	var cells []excelize.Cell
	var refs []any
	// A row without its own height passes no options: excelize copies
	// options to the heap once per row, to write nothing for a zero height.
	var opts []excelize.RowOpts
	if t.rowHeight > 0 {
		opts = []excelize.RowOpts{{Height: t.rowHeight}}
	}
	for r, values := range t.rows {
		for len(cells) < len(values) {
			cells = append(cells, excelize.Cell{})
		}
		refs = refs[:0]
		for i, v := range values {
			style := st.cell
			switch x := v.(type) {
			case int:
				style = st.center
			case string:
				// v stays the interface it came in unless clipped:
				// putting the string back in one would copy it out again.
				if c := clip(x); len(c) != len(x) {
					v = c
				}
				style = st.forText(style, x)
			}
			cells[i] = excelize.Cell{StyleID: style, Value: v}
			refs = append(refs, &cells[i])
		}
		if err := sw.SetRow("A"+strconv.Itoa(r+4), refs, opts...); err != nil {
			return err
		}
	}
	for i, text := range t.footer {
		if err := line(len(t.rows)+4+i, text, st.foot, 24); err != nil {
			return err
		}
	}
	return sw.Flush()
}
