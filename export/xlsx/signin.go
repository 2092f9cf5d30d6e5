package xlsx

import (
	"fmt"
	"io"
	"strings"

	"huiwu/data"
	"huiwu/rules"
)

// SignInOptions are the 签到表's settings.
type SignInOptions struct {
	Recorder string // the recorder's name for the footer; blank leaves a line to sign
	// AuditHead, when set, is printed under the footer so that the paper can
	// be checked against the audit log later.
	AuditHead string
}

// SignIn writes the 签到表 of r: one sheet per group (出席; 列席 with the
// invited), names in protocol order, columns 序号 | 姓名 | 单位及职务 |
// 本人签名 | 备注 (请假, 代会 and who, 迟到), and the footer 应到×人，实到×人，
// 请假×人，缺席×人. Before anyone has signed in, 实到 and 缺席 are left blank
// for the recorder.
func SignIn(w io.Writer, r data.MeetingRecord, o SignInOptions) error {
	return writeBook(w, signInTables(r, o), o.AuditHead)
}

// signInTables are the sheets of the 签到表.
func signInTables(r data.MeetingRecord, o SignInOptions) []table {
	groups := []struct {
		name  string
		roles []data.AttendRole
	}{
		{"出席", []data.AttendRole{data.AttendMember}},
		{"列席", []data.AttendRole{data.AttendObserver, data.AttendInvited}},
	}
	var out []table
	for gi, g := range groups {
		var ps []data.Participant
		for _, p := range r.Participants {
			for _, role := range g.roles {
				if p.Role == role {
					ps = append(ps, p)
				}
			}
		}
		if len(ps) == 0 && gi > 0 {
			continue
		}
		t := table{
			name: g.name, title: SheetTitle(r.Meeting) + "签到表（" + g.name + "）",
			sub:       "时间：" + r.Meeting.When() + "　　地点：" + r.Meeting.Place,
			cols:      []col{{"序号", 6}, {"姓名", 12}, {"单位及职务", 38}, {"本人签名", 18}, {"备注", 16}},
			rowHeight: 30, portrait: true,
		}
		for i, p := range ps {
			t.rows = append(t.rows, []any{i + 1, NameCell(p.Name), UnitPost(p.UnitName, p.Post), "", Remark(p)})
		}
		t.footer = []string{Footer(ps), "记录人：" + blankIf(o.Recorder, "　　　　　　")}
		if o.AuditHead != "" {
			t.footer = append(t.footer, "审计头："+o.AuditHead)
		}
		out = append(out, t)
	}
	return out
}

// SheetTitle is the meeting's name as a sheet title: the title as given,
// with 第N次 already in it or added.
func SheetTitle(m data.Meeting) string {
	if m.Number > 0 && !strings.Contains(m.Title, "第") {
		return fmt.Sprintf("%s（第%d次）", m.Title, m.Number)
	}
	return m.Title
}

// NameCell spaces a two-character name with a full-width space (张　三), the
// way printed lists align names.
func NameCell(name string) string {
	r := []rune(name)
	if len(r) == 2 {
		return string(r[0]) + "　" + string(r[1])
	}
	return name
}

// UnitPost joins a unit and a post, leaving out the unit for leaders of the
// government itself where the post says it all.
func UnitPost(unit, post string) string {
	switch {
	case unit == "":
		return post
	case post == "":
		return unit
	}
	return unit + post
}

// Remark is a participant's 备注: 请假, 代会 and who, 迟到, 缺席, or 邀请列席,
// and the topic of a unit that attends only for its topic.
func Remark(p data.Participant) string {
	r := remark(p)
	if p.Topic != "" {
		r = strings.TrimSpace(r + " 列席议题：" + p.Topic)
	}
	return r
}

func remark(p data.Participant) string {
	switch p.Status {
	case data.AttendLeave:
		return "请假"
	case data.AttendSubstitute:
		return strings.TrimSpace("代会：" + p.SubstituteName + " " + p.SubstitutePost)
	case data.AttendLate:
		return "迟到"
	case data.AttendAbsent:
		return "缺席"
	}
	if p.Role == data.AttendInvited {
		return "邀请列席"
	}
	return ""
}

// Footer is 应到×人，实到×人，请假×人，缺席×人 for ps; 实到 and 缺席 stay blank
// for the recorder until someone has signed in.
func Footer(ps []data.Participant) string {
	c := rules.Count(ps)
	if c.Present == 0 && c.Absent == 0 {
		return fmt.Sprintf("应到%d人，实到　　人，请假%d人，缺席　　人", c.Due, c.Leave)
	}
	return fmt.Sprintf("应到%d人，实到%d人，请假%d人，缺席%d人", c.Due, c.Present, c.Leave, c.Absent+c.Pending)
}

func blankIf(s, blank string) string {
	if s == "" {
		return blank
	}
	return s
}
