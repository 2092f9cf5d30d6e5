package xlsx

import (
	"fmt"
	"io"
	"strings"

	"huiwu/data"
	"huiwu/export/labels"
	"huiwu/rules"
)

// Attendance writes the 出勤记录 of one meeting after it: each participant's
// role, status, time, substitute and leave with its approval.
func Attendance(w io.Writer, r data.MeetingRecord, head string) error {
	leaves := map[int64]data.LeaveRequest{}
	for _, l := range r.Leaves {
		leaves[l.PersonID] = l
	}
	t := table{
		name: "出勤记录", title: labels.SheetTitle(r.Meeting) + "出勤记录",
		sub: "时间：" + r.Meeting.When() + "　　地点：" + r.Meeting.Place + "　　主持：" + chairText(r.Meeting),
		cols: []col{
			{"序号", 6},
			{"姓名", 10},
			{"单位", 28},
			{"职务", 16},
			{"参会身份", 10},
			{"出勤", 8},
			{"签到时间", 10},
			{"代会人", 16},
			{"请假事由", 24},
			{"审批", 30},
		},
	}
	n := 0
	for _, p := range r.Participants {
		if p.Role == data.AttendStaff {
			continue
		}
		n++
		at := ""
		if !p.At.IsZero() && (p.Status == data.AttendPresent || p.Status == data.AttendLate) {
			at = p.At.Local().Format("15:04")
		}
		sub := ""
		if p.SubstituteName != "" {
			sub = p.SubstituteName + " " + p.SubstitutePost
		}
		reason, approval := "", ""
		if l, ok := leaves[p.PersonID]; ok {
			reason, approval = l.Reason, Approval(l)
		}
		t.rows = append(t.rows, []any{n, p.Name, p.UnitName, p.Post, RoleName(p.Role), StatusName(p.Status), at, sub, reason, approval})
	}
	c := rules.Count(r.Participants)
	t.footer = []string{fmt.Sprintf("应到%d人，实到%d人（其中迟到%d人），请假%d人（其中代会%d人），缺席%d人，未签到%d人",
		c.Due, c.Present, c.Late, c.Leave, c.Substitute, c.Absent, c.Pending)}
	if head != "" {
		t.footer = append(t.footer, "审计头："+head)
	}
	return writeBook(w, []table{t}, head)
}

func chairText(m data.Meeting) string {
	if m.DelegationNote != "" {
		return m.ChairName + "（" + m.DelegationNote + "）"
	}
	return m.ChairName
}

// Approval is a leave's route as decided so far: each approver, decision
// and date, or 报备 when it needed none.
func Approval(l data.LeaveRequest) string {
	if len(l.Steps) == 0 {
		return "已报备"
	}
	s := ""
	for i, st := range l.Steps {
		if i > 0 {
			s += "；"
		}
		word := "同意"
		switch st.Decision {
		case data.LeaveApproved:
		case data.LeaveRejected:
			word = "不同意"
		default:
			s += st.ApproverName + "待批"
			continue
		}
		s += st.ApproverName + word
		// The decision once: an opinion that only says it again
		// (「同意」「同意。」) adds nothing in brackets.
		if op := strings.TrimSpace(st.Opinion); op != "" && strings.TrimRight(op, "。") != word {
			s += "（" + op + "）"
		}
		s += st.DecidedAt.Local().Format("1月2日")
	}
	return s
}

// RoleName and StatusName are the Chinese names printed in the sheets.
func RoleName(r data.AttendRole) string {
	return map[data.AttendRole]string{data.AttendMember: "出席", data.AttendObserver: "列席", data.AttendInvited: "邀请列席", data.AttendStaff: "工作人员"}[r]
}

// StatusName is the printed name of an attendance status.
func StatusName(s data.AttendStatus) string {
	return map[data.AttendStatus]string{
		data.NotSignedIn: "未签到", data.AttendPresent: "出席", data.AttendLate: "迟到",
		data.AttendLeave: "请假", data.AttendAbsent: "缺席", data.AttendSubstitute: "代会",
	}[s]
}
