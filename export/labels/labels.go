// Package labels holds the Chinese wording that the papers and the
// workbooks print alike: the names of kinds, statuses and replies, and how a
// meeting, a person and a participant's 备注 are written on a sheet. The
// PDF and xlsx builders both use it, so a list reads the same on paper and
// in Excel.
package labels

import (
	"fmt"
	"strings"

	"huiwu/data"
	"huiwu/rules"
)

// DocKindName and DocStatusName are the Chinese names printed for a kind
// and a status.
func DocKindName(k data.DocKind) string {
	return map[data.DocKind]string{
		data.DocRequest: "请示", data.DocReport: "报告", data.DocLetter: "函", data.DocOpinion: "意见",
		data.DocNormative: "规范性文件草案", data.DocOther: "其他",
	}[k]
}

// DocStatusName is the Chinese name of a document status.
func DocStatusName(s data.DocStatus) string {
	return map[data.DocStatus]string{
		data.DocRegistered: "已登记", data.DocReturned: "已退回", data.DocCountersign: "会签中", data.DocRouted: "已呈批",
		data.DocInstructed: "已批示", data.DocSigned: "已审签", data.DocIssued: "已印发", data.DocFiled: "已备案", data.DocClosedStatus: "已办结",
	}[s]
}

// ReplyName is how a countersign reply is printed.
func ReplyName(r data.Reply) string {
	return map[data.Reply]string{
		data.ReplyNone: "未回复", data.ReplyAgree: "同意", data.ReplyDisagree: "有不同意见", data.ReplyNoIdea: "无意见",
		data.ReplyLapsed: "逾期未回复，视为无不同意见",
	}[r]
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
// government itself where the post says it all: 市政府秘书长, not
// 溧阳市人民政府市政府秘书长.
func UnitPost(unit, post string) string {
	switch {
	case unit == "":
		return post
	case post == "":
		return unit
	case strings.HasSuffix(unit, "人民政府"):
		return post
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
// for the recorder until someone has signed in, and on a sheet made before
// the meeting (early: rules.AttendanceFinal is false), where those not yet
// arrived are not absent (issue 16).
func Footer(ps []data.Participant, early bool) string {
	c := rules.Count(ps)
	if early || c.Present == 0 && c.Absent == 0 {
		return fmt.Sprintf("应到%d人，实到　　人，请假%d人，缺席　　人", c.Due, c.Leave)
	}
	return fmt.Sprintf("应到%d人，实到%d人，请假%d人，缺席%d人", c.Due, c.Present, c.Leave, c.Absent+c.Pending)
}
