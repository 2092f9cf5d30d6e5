package paper

import (
	"strings"
	"time"

	"huiwu/export/typeset"
)

// SeatingChart is a meeting's 座次图 (formats.md, 以左为尊): for each row —
// 主席台 or the long table's sides, the hall, 列席 — the names as the hall
// (or the door) sees them from left to right, each with its rank, and the
// same row drawn as a line of names centred the way the seats stand. See
// docs/formats/seating.md.
type SeatingChart struct {
	Heading string       `json:"title"` // 市政府第12次常务会议座次图
	Time    string       `json:"time"`
	Place   string       `json:"place"`
	Date    Date         `json:"date"`
	Rows    []SeatingRow `json:"rows"`
	Note    string       `json:"note,omitempty"`
	// AuditHead is set when the chart comes from the database (not from
	// JSON) and goes into the drawn 座次图's properties.
	AuditHead string `json:"-"`
}

// SeatingRow is one row of seats, left to right as the hall sees it.
type SeatingRow struct {
	Name  string        `json:"name"` // 主席台
	Seats []SeatingSeat `json:"seats"`
}

// SeatingSeat is one seat.
type SeatingSeat struct {
	Name string `json:"name"`
	Rank int    `json:"rank"` // place in the order of precedence, 1-based
}

// Kind implements Paper.
func (s *SeatingChart) Kind() string { return "seating" }

// Title implements Paper.
func (s *SeatingChart) Title() string { return s.Heading }

// Created implements Paper.
func (s *SeatingChart) Created() time.Time { return s.Date.Time }

// Validate implements Paper.
func (s *SeatingChart) Validate() error {
	c := checker{kind: s.Kind()}
	c.text("title", s.Heading, true)
	c.text("time", s.Time, true)
	c.text("place", s.Place, true)
	c.date("date", s.Date, true)
	c.text("note", s.Note, false)
	if len(s.Rows) == 0 {
		c.fail("rows", "至少要有一排座位")
	}
	for i, r := range s.Rows {
		f := "rows[" + itoa(i) + "]"
		c.text(f+".name", r.Name, true)
		if len(r.Seats) == 0 {
			c.fail(f+".seats", "不能为空")
		}
		for j, st := range r.Seats {
			c.text(f+".seats["+itoa(j)+"].name", st.Name, true)
			if st.Rank < 1 {
				c.fail(f+".seats["+itoa(j)+"].rank", "应为正整数")
			}
		}
	}
	return c.err
}

var (
	seatRowName = typeset.Style{Name: "seating-row", Role: typeset.Hei, Size: typeset.Sanhao, Pitch: typeset.CharPitch}
	seatLine    = typeset.Style{Name: "seating-line", Role: typeset.Kai, Size: typeset.Xiaosi, Align: typeset.Center}
	seatList    = typeset.Style{Name: "seating-list", Role: typeset.Fangsong, Size: typeset.Sihao, Pitch: typeset.AreaW / 32, Align: typeset.Left}
)

// Typeset implements Paper.
func (s *SeatingChart) Typeset(d *typeset.Document) {
	d.Text(typeset.Title, s.Heading)
	d.Text(sheetInfo, "时间："+s.Time)
	d.Text(sheetInfo, "地点："+s.Place)
	d.Skip(1)
	for _, r := range s.Rows {
		d.Text(seatRowName, r.Name+"（自会场看，从左至右）")
		names := make([]string, len(r.Seats))
		numbered := make([]string, len(r.Seats))
		for i, st := range r.Seats {
			names[i] = spaced(st.Name)
			numbered[i] = itoa(st.Rank) + "." + st.Name
		}
		// The row as it stands, centred, eight names a line: a longer row
		// continues on the next line as it would in the hall.
		for i := 0; i < len(names); i += 8 {
			d.Text(seatLine, strings.Join(names[i:min(i+8, len(names))], "　"))
		}
		d.Text(seatList, "座次："+strings.Join(numbered, "　"))
		d.Skip(1)
	}
	if s.Note != "" {
		d.Text(seatList, s.Note)
	}
}
