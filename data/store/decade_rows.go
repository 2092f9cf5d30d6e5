package store

import (
	"fmt"
	"math/rand/v2"
	"sort"
	"strings"
	"time"
)

const (
	decadeStamp = "2006-01-02T15:04:05Z"
	decadeDay   = "2006-01-02"
	decadeClock = "2006-01-02 15:04"
)

var (
	decadeMeetingCols     = []string{"title", "kind", "number", "starts_at", "ends_at", "place", "chair_id", "status", "cancel_reason", "unit_id", "created_at", "updated_at"}
	decadeParticipantCols = []string{"meeting_id", "person_id", "role", "status", "status_at"}
	decadeTopicCols       = []string{"title", "unit_id", "reporter", "leader_id", "meeting_kind", "meeting_id", "summary", "minutes", "state", "state_reason", "outcome", "agenda_order", "created_at", "updated_at"}
	decadeMinutesCols     = []string{"meeting_id", "kind", "year", "issue", "disclosure", "lead_unit_id", "distribution", "stage", "signed_on"}
	decadeVersionCols     = []string{"minutes_id", "n", "kind", "note", "body", "saved_at", "saved_by"}
	decadeSignCols        = []string{"minutes_id", "step", "stage", "person_id", "who", "note", "day", "recorded_at", "recorded_by"}
	decadeTaskCols        = []string{"source", "minutes_id", "leader_id", "title", "lead_unit_id", "assigned", "due", "status", "closed_on", "result"}
	decadeDocumentCols    = []string{"kind", "title", "unit_id", "number", "received", "via_office", "to_leader", "skip_level", "many_places", "has_request", "status", "created_at", "updated_at"}
	decadeCountersignCols = []string{"doc_id", "unit_id", "sent", "due", "reply", "reasons", "replier", "replied_on"}
	decadeDocKinds        = []string{"request", "request", "report", "letter", "opinion", "other"}
)

// month writes one month of the decade: its meetings with their
// participants, topics, minutes and tasks, then the documents received.
func (d *decade) month(b *Bulk, r *rand.Rand, month time.Time) error {
	slots := schedule(r, month)
	sort.SliceStable(slots, func(i, j int) bool {
		return slots[i].day.Before(slots[j].day) || slots[i].day.Equal(slots[j].day) && slots[i].hour < slots[j].hour
	})
	for _, sl := range slots {
		if err := d.meeting(b, r, sl); err != nil {
			return err
		}
	}
	return d.documents(b, r, month)
}

func (d *decade) audit(b *Bulk, at time.Time, action, entity string, id int64, detail any) error {
	d.counts["audit"]++
	return b.Audit(at, action, entity, id, detail)
}

func (d *decade) insert(b *Bulk, table string, cols []string, vals ...any) (int64, error) {
	d.counts[table]++
	return b.Insert(table, cols, vals...)
}

func (d *decade) meeting(b *Bulk, r *rand.Rand, sl slot) error {
	ro := d.roster
	start := time.Date(sl.day.Year(), sl.day.Month(), sl.day.Day(), sl.hour, 0, 0, 0, time.UTC)
	end := start.Add(time.Duration(sl.mins) * time.Minute)
	created := start.AddDate(0, 0, -10).Add(time.Hour)
	title, number := sl.title, 0
	if strings.Contains(title, "%d") {
		number = d.next(sl.kind, start.Year())
		title = fmt.Sprintf(title, number)
	}
	chair, unit := ro.mayor, any(nil)
	switch sl.kind {
	case "topical":
		chair = ro.vices[r.IntN(len(ro.vices))]
	case "department":
		i := r.IntN(len(ro.depts))
		if ro.heads[i] != 0 {
			chair = ro.heads[i]
		}
		unit = ro.depts[i]
	}
	status, reason := "planning", ""
	held := end.Before(d.today)
	switch {
	case held && r.IntN(100) == 0:
		status, reason, held = "cancelled", "与上级会议时间冲突，改期另行通知", false
	case held:
		status = "held"
	case start.Before(d.today.AddDate(0, 0, 14)):
		status = "notified"
	}
	place := decadePlaces[r.IntN(len(decadePlaces))]
	id, err := d.insert(b, "meetings", decadeMeetingCols, title, sl.kind, number, start.Format(decadeClock), end.Format(decadeClock), place, chair, status, reason, unit, created.Format(decadeStamp), created.Format(decadeStamp))
	if err != nil {
		return err
	}
	if err := d.audit(b, created, "meeting.create", "meeting", id, map[string]any{"title": title, "kind": sl.kind, "number": number, "start": start.Format(decadeClock), "place": place, "chair_id": chair}); err != nil {
		return err
	}
	if err := d.participants(b, r, id, chair, sl.size, start, created, held); err != nil {
		return err
	}
	if status != "planning" && status != "notified" {
		if err := d.audit(b, end, "meeting.status", "meeting", id, map[string]any{"from": "notified", "to": status, "reason": reason}); err != nil {
			return err
		}
	}
	topics, err := d.topics(b, r, id, sl.kind, status, created, end)
	if err != nil || !held {
		return err
	}
	return d.minutes(b, r, id, sl.kind, start, topics)
}

func (d *decade) participants(b *Bulk, r *rand.Rand, meeting, chair int64, size int, start, created time.Time, held bool) error {
	people := d.roster.people
	perm := r.Perm(len(people))
	chosen := []int64{chair}
	for _, i := range perm {
		if len(chosen) >= size || len(chosen) >= len(people) {
			break
		}
		if people[i] != chair {
			chosen = append(chosen, people[i])
		}
	}
	if err := d.audit(b, created, "meeting.participants.default", "meeting", meeting, map[string]int{"count": len(chosen)}); err != nil {
		return err
	}
	for i, p := range chosen {
		role := "member"
		switch {
		case i == len(chosen)-1:
			role = "staff"
		case i%5 == 4:
			role = "observer"
		}
		st, at := "", ""
		if held {
			st = "present"
			switch n := r.IntN(100); {
			case n < 4:
				st = "late"
			case n < 7:
				st = "leave"
			case n < 8:
				st = "absent"
			}
			switch st {
			case "present":
				at = start.Add(-5 * time.Minute).Format(decadeStamp)
			case "late":
				at = start.Add(15 * time.Minute).Format(decadeStamp)
			}
		}
		if _, err := d.insert(b, "participants", decadeParticipantCols, meeting, p, role, st, at); err != nil {
			return err
		}
		if held {
			if err := d.audit(b, start, "attendance.set", "meeting", meeting, map[string]any{"person_id": p, "from": "", "to": st, "at": at}); err != nil {
				return err
			}
		}
	}
	return nil
}

// topicRef is a deliberated topic the minutes and tasks build on.
type topicRef struct {
	title string
	unit  int
}

func (d *decade) topics(b *Bulk, r *rand.Rand, meeting int64, kind, status string, created, end time.Time) ([]topicRef, error) {
	ro := d.roster
	var out []topicRef
	for i, n := 0, 3+r.IntN(7); i < n; i++ {
		u := r.IntN(len(ro.depts))
		title := subject(r) + action(r)
		state, reason, outcome := "noticed", "", ""
		switch status {
		case "held":
			state, outcome = "deliberated", []string{"passed", "passed", "passed", "passed_in_principle", "revise", "deferred"}[r.IntN(6)]
		case "cancelled":
			state, reason = "deferred", "会议取消"
		}
		stamp := created.Format(decadeStamp)
		id, err := d.insert(b, "topics", decadeTopicCols, title, ro.depts[u], ro.shorts[u]+"主要负责人", ro.vices[r.IntN(len(ro.vices))], kind, meeting,
			"提请会议研究"+title+"。", 10+5*r.IntN(5), state, reason, outcome, i+1, stamp, stamp)
		if err != nil {
			return nil, err
		}
		if err := d.audit(b, created, "topic.create", "topic", id, map[string]any{"title": title, "unit": ro.depts[u], "meeting": meeting}); err != nil {
			return nil, err
		}
		if state != "noticed" {
			if err := d.audit(b, end, "topic.move", "topic", id, map[string]any{"from": "noticed", "to": state, "meeting": meeting, "outcome": outcome, "reason": reason}); err != nil {
				return nil, err
			}
		}
		out = append(out, topicRef{title: title, unit: u})
	}
	return out, nil
}
