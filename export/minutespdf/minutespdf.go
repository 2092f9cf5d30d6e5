// Package minutespdf turns a 纪要's record into its printed papers — the
// 纪要 in the §10.3 layout and its 审签单 — by filling in the paper kinds of
// export/paper, so that the command line and the screens print the same.
package minutespdf

import (
	"fmt"
	"strings"
	"time"

	"huiwu/data"
	"huiwu/export/paper"
	"huiwu/rules"
)

// Office issues every 纪要.
const Office = "溧阳市人民政府办公室"

func day(t time.Time) paper.Date {
	if t.IsZero() {
		return paper.Date{}
	}
	y, m, d := t.Date()
	return paper.Date{Time: time.Date(y, m, d, 0, 0, 0, 0, time.UTC)}
}

// Mark is the 纪要标志 of a meeting kind: 溧阳市人民政府常务会议纪要.
func Mark(k data.MeetingKind) string {
	name := rules.KindName(k)
	if rest, ok := strings.CutPrefix(name, "市政府"); ok {
		return "溧阳市人民政府" + rest + "纪要"
	}
	return "溧阳市人民政府" + name + "纪要"
}

// Minutes is the final 纪要 of r. Only a signed 纪要 is issued (四十六), and
// it needs its 分送 and at least one person present; a heading the
// typesetter does not recognise (一、 for level 1 …) is named.
func Minutes(r data.MinutesRecord) (*paper.Minutes, error) {
	n := r.Minutes
	if !n.Locked() {
		return nil, data.Errorf(data.EInvalid, "纪要 %s 尚未签发，不能印发（第四十六条）；送审时请打印审签单", n.IssueText())
	}
	if n.Distribution == "" {
		return nil, data.Errorf(data.EInvalid, "纪要 %s 还没有填写分送范围，请在纪要设置中填写", n.IssueText())
	}
	if len(r.Lists.Present) == 0 {
		return nil, data.Errorf(data.EInvalid, "纪要 %s 的会议没有出席人员记录", n.IssueText())
	}
	return typesetMinutes(r, &paper.Minutes{Date: day(n.SignedOn), PrintDate: day(n.SignedOn)})
}

// Draft is the 送审稿 of r's newest text, printed for the leader at any
// stage before 签发 (四十六): marked 送审稿 with the version and its date.
func Draft(r data.MinutesRecord) (*paper.Minutes, error) {
	if err := rules.DraftPrintable(r.Minutes, r.Text); err != nil {
		return nil, err
	}
	d := day(r.Text.SavedAt)
	return typesetMinutes(r, &paper.Minutes{Date: d, Draft: []string{"送审稿", fmt.Sprintf("第%d稿　%s", r.Text.N, d.Chinese())}})
}

// typesetMinutes fills m, dated by the caller, with r's head, lists and
// text and checks it can be typeset.
func typesetMinutes(r data.MinutesRecord, m *paper.Minutes) (*paper.Minutes, error) {
	n := r.Minutes
	m.Mark, m.Issue, m.Office, m.Heading = Mark(n.MeetingKind), n.IssueText(), Office, n.Title
	m.Present, m.Leave, m.Attending, m.Distribution = r.Lists.Present, r.Lists.Leave, r.Lists.Attending, n.Distribution
	// A heading of level 2 to 4 runs into the paragraph after it, as §10.3
	// sets （一）抓项目建设。 in 黑体 at the head of its paragraph.
	for _, b := range data.ParseMinutesText(r.Text.Body) {
		last := len(m.Body) - 1
		switch {
		case b.Level > 0:
			m.Body = append(m.Body, paper.Block{Level: b.Level, Heading: b.Text})
		case last >= 0 && m.Body[last].Level >= 2 && m.Body[last].Text == "":
			m.Body[last].Text = b.Text
		default:
			m.Body = append(m.Body, paper.Block{Text: b.Text})
		}
	}
	if err := m.Validate(); err != nil {
		return nil, data.Wrap(data.EInvalid, err, "纪要 %s 无法排版：%v", n.IssueText(), err)
	}
	return m, nil
}

// SignOff is the 审签单 of r printed on today: the steps recorded with
// their opinion and date, those to come blank, every one with space to sign.
func SignOff(r data.MinutesRecord, today time.Time) *paper.SignOffSheet {
	n := r.Minutes
	meeting := rules.KindName(n.MeetingKind)
	if r.Number > 0 {
		meeting = fmt.Sprintf("%s（第%d次）", meeting, r.Number)
	}
	meeting += "，" + r.Chair + "主持，" + day(n.MeetingDay).Chinese()
	s := &paper.SignOffSheet{
		Heading: Mark(n.MeetingKind), Issue: n.IssueText(), Meeting: meeting,
		Disclosure: n.Disclosure, Classification: n.Classification, ThreeMajor: n.ThreeMajor, Date: day(today),
	}
	for _, st := range r.Chain {
		s.Steps = append(s.Steps, paper.SignOffStep{Stage: st.Stage, Who: st.Who, Why: st.Note, Opinion: st.Opinion, Date: day(st.Day)})
	}
	return s
}
