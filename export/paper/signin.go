package paper

import (
	"strings"
	"time"
	"unicode/utf8"

	"huiwu/export/typeset"
)

// SignInSheet is a meeting's 签到表 as a PDF (formats.md, practice): the
// meeting, time and place, then one group per page run (出席, 列席) with
// the names pre-printed in protocol order — 序号, 姓名, 单位及职务, a line
// to sign on, 备注 — and the group's 应到/实到 footer and the recorder. The
// Excel 签到表 (export/xlsx) is the ruled version of the same sheet. See
// docs/formats/signin.md.
type SignInSheet struct {
	Heading  string        `json:"title"`    // 市政府第12次常务会议签到表
	Time     string        `json:"time"`     // 2026年12月3日（星期四）上午9:00—11:30
	Place    string        `json:"place"`    // 三楼会议室
	Date     Date          `json:"date"`     // the meeting's day, also the PDF's date
	Groups   []SignInGroup `json:"groups"`   // 出席, 列席
	Recorder string        `json:"recorder"` // blank leaves a line
}

// SignInGroup is one group of the sheet.
type SignInGroup struct {
	Name   string      `json:"name"` // 出席
	Rows   []SignInRow `json:"rows"`
	Footer string      `json:"footer"` // 应到×人，实到×人，请假×人，缺席×人
}

// SignInRow is one person's line.
type SignInRow struct {
	Name   string `json:"name"`
	Post   string `json:"post"`   // 单位及职务
	Remark string `json:"remark"` // 请假, 代会：×××, 迟到
}

// Kind implements Paper.
func (s *SignInSheet) Kind() string { return "signin" }

// Title implements Paper.
func (s *SignInSheet) Title() string { return s.Heading }

// Created implements Paper.
func (s *SignInSheet) Created() time.Time { return s.Date.Time }

// Validate implements Paper.
func (s *SignInSheet) Validate() error {
	c := checker{kind: s.Kind()}
	c.text("title", s.Heading, true)
	c.text("time", s.Time, true)
	c.text("place", s.Place, true)
	c.date("date", s.Date, true)
	c.text("recorder", s.Recorder, false)
	if len(s.Groups) == 0 {
		c.fail("groups", "至少要有一组（出席）")
	}
	for i, g := range s.Groups {
		f := "groups[" + itoa(i) + "]"
		c.text(f+".name", g.Name, true)
		c.text(f+".footer", g.Footer, false)
		for j, r := range g.Rows {
			rf := f + ".rows[" + itoa(j) + "]"
			c.text(rf+".name", r.Name, true)
			c.text(rf+".post", r.Post, false)
			c.text(rf+".remark", r.Remark, false)
			if strings.ContainsAny(r.Name+r.Post+r.Remark, "\n") {
				c.fail(rf, "不能含换行")
			}
		}
	}
	return c.err
}

// The sheet is set in 小四 on a 36-character grid so that a row holds the
// number, the name, the unit and post, and the signature line; a long unit
// wraps under itself.
var (
	sheetPitch = typeset.AreaW / 36
	sheetRow   = typeset.Style{Name: "signin-row", Role: typeset.Fangsong, Size: typeset.Xiaosi, Pitch: sheetPitch, Align: typeset.Left}
	sheetHead  = typeset.Style{Name: "signin-head", Role: typeset.Hei, Size: typeset.Xiaosi, Pitch: sheetPitch, Align: typeset.Left}
	sheetInfo  = typeset.Style{Name: "signin-info", Role: typeset.Fangsong, Size: typeset.Sihao, Align: typeset.Center}
)

// column widths in characters of sheetPitch: 序号, 姓名, 单位及职务, 签名
const colNo, colName, colPost, colSign = 3, 5, 16, 6

// Typeset implements Paper.
func (s *SignInSheet) Typeset(d *typeset.Document) {
	for i, g := range s.Groups {
		if i > 0 {
			d.NewPage()
		}
		d.Text(typeset.Title, s.Heading)
		d.Text(sheetInfo, "（"+g.Name+"）")
		d.Text(sheetInfo, "时间："+s.Time)
		d.Text(sheetInfo, "地点："+s.Place)
		d.Skip(1)
		head := func() {
			d.Text(sheetHead, pad("序号", colNo)+pad("姓名", colName)+pad("单位及职务", colPost)+pad("本人签名", colSign+1)+"备注")
		}
		head()
		// The totals and the recorder follow the last row on its page.
		tail := 2
		if g.Footer != "" {
			tail++
		}
		for n, r := range g.Rows {
			// The header row again at the top of every page; a row whose unit
			// wraps needs two lines, so it starts a page one line earlier.
			need := 1
			if utf8.RuneCountInString(r.Post) > colPost {
				need = 2
			}
			if n == len(g.Rows)-1 {
				need += tail
			}
			if d.Line()+need > typeset.LinesPerPage {
				d.NewPage()
				head()
			}
			row := sheetRow
			row.Indent = colNo + colName // a wrapped unit stays in its column
			d.Text(row, pad(itoa(n+1)+".", colNo)+pad(spaced(r.Name), colName)+pad(r.Post, colPost)+strings.Repeat("＿", colSign)+"　"+r.Remark)
		}
		d.Skip(1)
		if g.Footer != "" {
			d.Text(sheetRow, g.Footer)
		}
		rec := s.Recorder
		if rec == "" {
			rec = strings.Repeat("＿", 6)
		}
		d.Text(sheetRow, "记录人："+rec)
	}
}

// pad fills s with full-width spaces to n characters (a longer s is left to
// wrap); ASCII digits count as half a character.
func pad(s string, n int) string {
	w := 0.0
	for _, r := range s {
		if r < 0x80 {
			w += 0.5
		} else {
			w++
		}
	}
	for ; w+1 <= float64(n); w++ {
		s += "　"
	}
	if w < float64(n) {
		s += " "
	}
	return s
}

// spaced puts a full-width space inside a two-character name (张　三), so
// that names line up in the column.
func spaced(name string) string {
	if utf8.RuneCountInString(name) == 2 {
		r := []rune(name)
		return string(r[0]) + "　" + string(r[1])
	}
	return name
}
