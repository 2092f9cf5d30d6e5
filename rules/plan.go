package rules

import (
	"fmt"

	"huiwu/data"
)

// CheckDepartmentMeeting applies 四十四: a department holds at most one
// system-wide meeting a year. others are the meetings already recorded
// (cancelled ones do not count; m itself is skipped by ID).
func CheckDepartmentMeeting(m data.Meeting, unitName string, others []data.Meeting) *Breach {
	if m.Kind != data.MeetingDepartment || m.Status == data.StatusCancelled {
		return nil
	}
	for _, o := range others {
		if o.ID != m.ID && o.Kind == data.MeetingDepartment && o.UnitID == m.UnitID &&
			o.Status != data.StatusCancelled && o.Start.Year() == m.Start.Year() {
			return &Breach{Clause: "四十四", Message: fmt.Sprintf("%s %d 年已召开或安排部门系统会议「%s」（%s），一个部门一年至多召开一次",
				unitName, m.Start.Year(), o.Title, o.Start.Format(data.DateLayout))}
		}
	}
	return nil
}
