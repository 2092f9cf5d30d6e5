package rules

import (
	"fmt"
	"strings"
	"time"

	"huiwu/data"
)

// Two checks of 四十四 on the meetings held in the government's name (every
// kind but a department's own system-wide meeting).

// InGovernmentName tells whether a meeting of kind k is convened in the
// government's name: all but a department's system-wide meeting.
func InGovernmentName(k data.MeetingKind) bool { return k != data.MeetingDepartment && k != "" }

// mayorsDelegate tells whether m is held 受市长委托 by chair: a delegation
// to the chair runs on the meeting's day (六), or the record says so (a
// 市长办公会议 a 副市长 chairs is held on the 市长's delegation, 四十二).
func mayorsDelegate(m data.Meeting, chair data.Person, ds []data.Delegation, day time.Time) bool {
	if d, ok := DelegationOn(ds, day); ok && d.DelegateID == chair.ID {
		return true
	}
	return strings.HasPrefix(m.DelegationNote, "受市长委托")
}

// CheckViceTownHeads applies 四十四: a meeting a 副市长 convenes does not, in
// principle, require the main heads of 镇（区、街道） (townHeads: their names,
// those on m's list as members or 列席), unless he holds it 受市长委托. A
// finding, so a recorded reason lets it through ("原则上").
func CheckViceTownHeads(m data.Meeting, chair data.Person, townHeads []string, ds []data.Delegation) *Breach {
	if !InGovernmentName(m.Kind) || m.Status == data.StatusCancelled || len(townHeads) == 0 || !isVice(chair) || isMayor(chair) {
		return nil
	}
	if mayorsDelegate(m, chair, ds, m.Day()) {
		return nil
	}
	return &Breach{Clause: c44, Message: fmt.Sprintf("分管副市长召开的会议，除受市长委托外，原则上不要求镇（区、街道）主要负责人参加（现列 %s 等 %d 人）",
		townHeads[0], len(townHeads))}
}

// CheckDepartmentMatter applies 四十四: a matter within the remit of a
// department or a 议事协调机构 (unitName, "" when none is recorded) is not
// convened in the government's name; the department holds its own
// system-wide meeting instead.
func CheckDepartmentMatter(m data.Meeting, unitName string) *Breach {
	if unitName == "" || !InGovernmentName(m.Kind) || m.Status == data.StatusCancelled {
		return nil
	}
	return &Breach{Clause: c44, Message: fmt.Sprintf("会议事项属%s职责范围，不得以市政府名义召开%s，应由该部门召开本系统会议",
		unitName, KindName(m.Kind))}
}

// MayRecordMatter decides recording that meeting m's matter lies within
// the remit of unit u (四十四): only a department or another unit of the
// government may own a matter, and not once the meeting is closed.
func MayRecordMatter(m data.Meeting, u data.Unit) error {
	if closed(m) {
		return refuse(c44, "会议「%s」%s，不能再登记事项归属", m.Title, already(StatusName(m.Status)))
	}
	if u.Kind != data.KindDepartment && u.Kind != data.KindAffiliated && u.Kind != data.KindOther {
		return refuse(c44, "%s 不是市政府部门或议事协调机构，不能登记为事项所属单位（第四十四条）", u.Name)
	}
	return nil
}
