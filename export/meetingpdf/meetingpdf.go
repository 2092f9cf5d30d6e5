// Package meetingpdf turns a meeting's record into its printed papers — the
// 签到表, the 请假审批单, the 座次图 and the 桌签 — by filling in the paper
// kinds of export/paper, so that the command line and the screens print the
// same thing.
package meetingpdf

import (
	"fmt"
	"io"
	"time"

	"huiwu/data"
	"huiwu/export/labels"
	"huiwu/export/paper"
	"huiwu/rules"
)

// Options are what every paper of a meeting shares.
type Options struct {
	AuditHead string // printed into the PDF's keywords
	Recorder  string // the 签到表's recorder
	Card      paper.CardOptions
	Layout    rules.Layout // "" is the kind's default
	PerSide   int          // seats per side of a long table; 0 is automatic
	// Early marks papers made before the meeting (rules.AttendanceFinal):
	// the 签到表 leaves 实到 and 缺席 blank.
	Early bool
	// FontPaths are the office's own font files by role (设置 › 公文印制):
	// every paper, the 桌签 and 座次图 included, prints with them.
	FontPaths map[string]string
}

func day(m data.Meeting) paper.Date { return paper.Date{Time: m.Day()} }

// SignIn is the 签到表 of r: 出席, then 列席 with the invited.
func SignIn(r data.MeetingRecord, o Options) *paper.SignInSheet {
	s := &paper.SignInSheet{Heading: labels.SheetTitle(r.Meeting) + "签到表", Time: r.Meeting.When(), Place: r.Meeting.Place, Date: day(r.Meeting), Recorder: o.Recorder}
	groups := []struct {
		name  string
		roles []data.AttendRole
	}{{"出席", []data.AttendRole{data.AttendMember}}, {"列席", []data.AttendRole{data.AttendObserver, data.AttendInvited}}}
	for i, g := range groups {
		var ps []data.Participant
		for _, p := range r.Participants {
			for _, role := range g.roles {
				if p.Role == role {
					ps = append(ps, p)
				}
			}
		}
		if len(ps) == 0 && i > 0 {
			continue
		}
		sg := paper.SignInGroup{Name: g.name, Footer: labels.Footer(ps, o.Early)}
		for _, p := range ps {
			sg.Rows = append(sg.Rows, paper.SignInRow{Name: p.Name, Unit: p.UnitName, Post: p.Post, Remark: labels.Remark(p)})
		}
		s.Groups = append(s.Groups, sg)
	}
	return s
}

// Leave is the 请假审批单 of request id in r, filed (报备) by recorder: the
// office's secretary, whoever's login recorded it; "" leaves a line to sign.
func Leave(r data.MeetingRecord, id int64, recorder string) (*paper.LeaveForm, error) {
	for _, l := range r.Leaves {
		if l.ID != id {
			continue
		}
		f := &paper.LeaveForm{
			Meeting: labels.SheetTitle(r.Meeting), Time: r.Meeting.When(), Person: l.PersonName, Unit: l.UnitName, Post: l.Post,
			Reason: l.Reason, LeavesTown: l.LeavesTown, Filed: fmt.Sprintf("%s，%s 记录", l.FiledAt.Local().Format("2006年1月2日 15:04"), OrLine(recorder)),
			Date: paper.Date{Time: l.FiledAt.Local()},
		}
		f.Date.Time = time.Date(f.Date.Year(), f.Date.Month(), f.Date.Day(), 0, 0, 0, 0, time.UTC)
		if l.SubstituteName != "" {
			f.Substitute = l.SubstituteName + " " + l.SubstitutePost
		}
		for _, s := range l.Steps {
			st := paper.LeaveStep{Approver: s.ApproverName, Why: s.Why, Opinion: s.Opinion}
			switch s.Decision {
			case data.LeaveApproved:
				st.Decision = "同意"
			case data.LeaveRejected:
				st.Decision = "不同意"
			}
			if !s.DecidedAt.IsZero() {
				t := s.DecidedAt.Local()
				st.Date = paper.Date{Time: time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)}
			}
			f.Steps = append(f.Steps, st)
		}
		return f, nil
	}
	return nil, data.Errorf(data.ENotFound, "本次会议没有编号为 %d 的请假记录", id)
}

// OrLine is name, or a line to write one on (a secretary not yet named).
func OrLine(name string) string {
	if name == "" {
		return "＿＿＿＿＿＿"
	}
	return name
}

// Seating is the 座次图 of r by 以左为尊 and any hand order of precedence.
func Seating(r data.MeetingRecord, o Options) *paper.SeatingChart {
	layout := o.Layout
	if layout == "" {
		layout = rules.DefaultLayout(r.Meeting.Kind)
	}
	c := &paper.SeatingChart{
		Heading: labels.SheetTitle(r.Meeting) + "座次图", Time: r.Meeting.When(), Place: r.Meeting.Place, Date: day(r.Meeting),
		Note: "以左为尊：1号居中，2号在其左手（会场看为右侧），3号在其右手，依次向外。",
	}
	index := map[rules.Row]int{}
	for _, s := range rules.SeatingFor(layout, r.Participants, o.PerSide) {
		i, ok := index[s.Row]
		if !ok {
			i = len(c.Rows)
			index[s.Row] = i
			c.Rows = append(c.Rows, paper.SeatingRow{Name: string(s.Row)})
		}
		c.Rows[i].Seats = append(c.Rows[i].Seats, paper.SeatingSeat{Name: s.Name, Rank: s.Rank})
	}
	return c
}

// CardNames are the names for 桌签: everyone seated, in precedence.
func CardNames(r data.MeetingRecord, o Options) []string {
	layout := o.Layout
	if layout == "" {
		layout = rules.DefaultLayout(r.Meeting.Kind)
	}
	seats := rules.SeatingFor(layout, r.Participants, o.PerSide)
	names := make([]string, len(seats))
	for _, s := range seats {
		names[s.Rank-1] = s.Name
	}
	return names
}

// Write renders p to w with the office's fonts and the audit head.
func Write(w io.Writer, p paper.Paper, o Options) error {
	return paper.Write(w, p, paper.Options{AuditHead: o.AuditHead, FontPaths: o.FontPaths})
}

// card is the 桌签's options with the audit head and the office's fonts.
func (o Options) card() paper.CardOptions {
	card := o.Card
	card.AuditHead = o.AuditHead
	card.FontPaths = o.FontPaths
	return card
}

// TableCards writes the 桌签 of everyone seated at r.
func TableCards(w io.Writer, r data.MeetingRecord, o Options) error {
	return paper.TableCards(w, CardNames(r, o), r.Meeting.Day(), o.card())
}

// SeatMap writes the 座次图 of r as a drawing, in the 桌签's face.
func SeatMap(w io.Writer, r data.MeetingRecord, o Options) error {
	chart := Seating(r, o)
	chart.AuditHead = o.AuditHead
	return paper.SeatMap(w, chart, o.card())
}
