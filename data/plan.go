package data

// PlanEntry is one conference in the year's meeting plan (四十四): city-wide
// meetings in the government's name are planned a year ahead.
type PlanEntry struct {
	ID       int64
	Year     int
	Title    string
	UnitID   int64  // the unit that proposes it; 0 for the government itself
	UnitName string // filled in by the store
	Month    int    // the planned month, 0 when not fixed
	Note     string
	Version  int64
}

// Normalize cleans the text fields.
func (e *PlanEntry) Normalize() { e.Title, e.Note = Clean(e.Title), Clean(e.Note) }

// Validate checks a normalised entry and names every bad field.
func (e PlanEntry) Validate() error {
	var v validator
	if e.Year < 1949 || e.Year > 2200 {
		v.add("年度", "应在 1949 到 2200 之间")
	}
	v.text("会议名称", e.Title, true, MaxTitle)
	if e.Month < 0 || e.Month > 12 {
		v.add("月份", "应在 1 到 12 之间（0 表示未定）")
	}
	v.text("备注", e.Note, false, MaxRemarks)
	return v.err("计划")
}
