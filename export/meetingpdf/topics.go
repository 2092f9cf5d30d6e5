package meetingpdf

import (
	"fmt"
	"slices"
	"strings"

	"huiwu/data"
	"huiwu/export/paper"
	"huiwu/rules"
)

// OnAgenda are the topics of a meeting that the 市长 put on it (上会, in the
// notice, or deliberated), in agenda order.
func OnAgenda(topics []data.Topic) []data.Topic {
	var out []data.Topic
	for _, t := range topics {
		if rules.OnAgenda(t.State) {
			out = append(out, t)
		}
	}
	slices.SortStableFunc(out, func(a, b data.Topic) int { return a.AgendaOrder - b.AgendaOrder })
	return out
}

// observers are the 列席 participants of r, by topic ("" for the meeting).
func observers(r data.MeetingRecord) map[string][]data.Participant {
	out := map[string][]data.Participant{}
	for _, p := range r.Participants {
		if p.Role == data.AttendObserver {
			out[p.Topic] = append(out[p.Topic], p)
		}
	}
	return out
}

// title is the meeting's printed name: 市政府第14次常务会议.
func title(m data.Meeting) string {
	if m.Number > 0 && (m.Kind == data.MeetingExecutive || m.Kind == data.MeetingPlenary) {
		return fmt.Sprintf("市政府第%d次%s", m.Number, strings.TrimPrefix(rules.KindName(m.Kind), "市政府"))
	}
	return m.Title
}

// Agenda is the 议程 of r: its topics on the agenda with their reporting
// units, minutes and per-topic 列席, against the meeting's length (四十五).
func Agenda(r data.MeetingRecord, topics []data.Topic) (*paper.Agenda, error) {
	m := r.Meeting
	agenda := OnAgenda(topics)
	if len(agenda) == 0 {
		return nil, data.Errorf(data.EInvalid, "会议「%s」没有市长审定上会的议题", m.Title)
	}
	obs := observers(r)
	a := &paper.Agenda{Heading: title(m) + "议程", Time: m.When(), Place: m.Place, Chair: m.ChairName, Length: m.Minutes(), Date: day(m)}
	for _, t := range agenda {
		a.Items = append(a.Items, paper.AgendaItem{Topic: t.Title, Units: t.UnitName, Minutes: t.Minutes, Observer: unitsOf(obs[t.Title])})
	}
	return a, nil
}

// Invitations are the 邀请函 of r, one per invited 人大代表 or 政协委员, with
// the materials of the topics on the agenda (四十一).
func Invitations(r data.MeetingRecord, topics []data.TopicDetail, in NoticeInfo) (*paper.Invitation, error) {
	m := r.Meeting
	v := &paper.Invitation{
		Masthead: &paper.Masthead{Mark: in.Office, Number: in.Number},
		Meeting:  title(m), Time: m.When(), Place: m.Place, Contact: in.Contact, Signature: in.Office, Date: in.dated(m),
	}
	var plain []data.Topic
	for _, t := range topics {
		plain = append(plain, t.Topic)
	}
	for _, t := range OnAgenda(plain) {
		v.Topics = append(v.Topics, t.Title)
		for _, d := range topics {
			if d.ID == t.ID {
				for _, mat := range d.Materials {
					v.Materials = append(v.Materials, strings.TrimSuffix(mat.Name, pathExt(mat.Name)))
				}
			}
		}
	}
	for _, p := range r.Participants {
		if p.Role != data.AttendInvited {
			continue
		}
		switch {
		case slices.Contains(p.Roles, data.RoleNPCDeputy):
			v.Invitees = append(v.Invitees, paper.Guest{Name: p.Name, Title: "代表"})
		case slices.Contains(p.Roles, data.RoleCPPCCMember):
			v.Invitees = append(v.Invitees, paper.Guest{Name: p.Name, Title: "委员"})
		}
	}
	if len(v.Invitees) == 0 {
		return nil, data.Errorf(data.EInvalid, "会议「%s」没有邀请人大代表或政协委员列席", m.Title)
	}
	if len(v.Topics) == 0 {
		return nil, data.Errorf(data.EInvalid, "会议「%s」没有市长审定上会的议题", m.Title)
	}
	return v, nil
}

func pathExt(name string) string {
	if i := strings.LastIndexByte(name, '.'); i > 0 {
		return name[i:]
	}
	return ""
}
