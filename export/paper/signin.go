package paper

import (
	"strings"
	"time"
	"unicode/utf8"

	"huiwu/export/typeset"
)

// SignInSheet is a meeting's 签到表 as a PDF (formats.md, practice): the
// meeting, time and place, then one group per page run (出席, 列席) with
// the names pre-printed in protocol order in a ruled table — 序号, 姓名,
// 单位, 职务, a cell to sign in, 备注 (请假, 代会, 列席议题) — its header row
// again on every page, and the group's 应到/实到 footer and the recorder.
// See docs/formats/signin.md.
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
	Unit   string `json:"unit"`   // 单位
	Post   string `json:"post"`   // 职务
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
			c.text(rf+".unit", r.Unit, false)
			c.text(rf+".post", r.Post, false)
			c.text(rf+".remark", r.Remark, false)
			if strings.ContainsAny(r.Name+r.Unit+r.Post+r.Remark, "\n") {
				c.fail(rf, "不能含换行")
			}
		}
	}
	return c.err
}

var sheetInfo = typeset.Style{Name: "signin-info", Role: typeset.Fangsong, Size: typeset.Sihao, Align: typeset.Center}

// sheetLine is the totals and the recorder below the table.
var sheetLine = typeset.Style{Name: "signin-row", Role: typeset.Fangsong, Size: typeset.Xiaosi, Pitch: typeset.AreaW / 36, Align: typeset.Left}

// signInColumns are the table's columns, in mm across the 156 mm type area:
// the 单位 and the 备注 (请假, 代会, 列席议题) wrap inside their cells, the
// 签名 cell is left empty to sign in.
var signInColumns = []typeset.Column{
	{Title: "序号", Width: 12, Center: true},
	{Title: "姓名", Width: 22, Center: true},
	{Title: "单位", Width: 42},
	{Title: "职务", Width: 28},
	{Title: "签名", Width: 26},
	{Title: "备注", Width: 26},
}

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
		t := typeset.Table{Name: "signin", Columns: signInColumns, Tail: 2}
		if g.Footer != "" {
			t.Tail++ // the totals and the recorder stay with the last row
		}
		for n, r := range g.Rows {
			t.Rows = append(t.Rows, []string{itoa(n + 1), spaced(r.Name), r.Unit, r.Post, "", r.Remark})
		}
		d.Table(t)
		d.Skip(1)
		if g.Footer != "" {
			d.Text(sheetLine, g.Footer)
		}
		rec := s.Recorder
		if rec == "" {
			rec = strings.Repeat("＿", 6)
		}
		d.Text(sheetLine, "记录人："+rec)
	}
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
