package xlsx

import (
	"io"

	"huiwu/data"
	"huiwu/export/labels"
)

// SignInOptions are the 签到表's settings.
type SignInOptions struct {
	Recorder string // the recorder's name for the footer; blank leaves a line to sign
	// AuditHead, when set, is printed under the footer so that the paper can
	// be checked against the audit log later.
	AuditHead string
	// Early marks a sheet made before the meeting (rules.AttendanceFinal):
	// 实到 and 缺席 are left blank rather than counting the rest absent.
	Early bool
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
			name: g.name, title: labels.SheetTitle(r.Meeting) + "签到表（" + g.name + "）",
			sub:       "时间：" + r.Meeting.When() + "　　地点：" + r.Meeting.Place,
			cols:      []col{{"序号", 6}, {"姓名", 12}, {"单位及职务", 38}, {"本人签名", 18}, {"备注", 16}},
			rowHeight: 30, portrait: true,
		}
		for i, p := range ps {
			t.rows = append(t.rows, []any{i + 1, labels.NameCell(p.Name), labels.UnitPost(p.UnitName, p.Post), "", labels.Remark(p)})
		}
		t.footer = []string{labels.Footer(ps, o.Early), "记录人：" + blankIf(o.Recorder, "　　　　　　")}
		if o.AuditHead != "" {
			t.footer = append(t.footer, "审计头："+o.AuditHead)
		}
		out = append(out, t)
	}
	return out
}

func blankIf(s, blank string) string {
	if s == "" {
		return blank
	}
	return s
}
