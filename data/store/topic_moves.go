package store

import (
	"context"
	"database/sql"
	"time"

	"huiwu/data"
	"huiwu/rules"
)

func topicUnitsTx(tx rowsQuerier, topicID int64) ([]data.TopicUnit, error) {
	rows, err := tx.Query(`SELECT tu.unit_id, u.name, tu.opinion, tu.text, tu.attends FROM topic_units tu JOIN units u ON u.id = tu.unit_id
		WHERE tu.topic_id = ? ORDER BY u.sort_order, u.id`, topicID)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []data.TopicUnit
	for rows.Next() {
		var u data.TopicUnit
		if err := rows.Scan(&u.UnitID, &u.UnitName, &u.Opinion, &u.Text, &u.Attends); err != nil {
			return nil, err
		}
		out = append(out, u)
	}
	return out, rows.Err()
}

// topicReads keeps, for one read of many topics in one transaction, what
// their evidence shares: the meetings they are on and the 截止 setting. A
// year's list has about 3,000 topics on about 500 meetings, and reading the
// whole meeting (its head count walks its participants) and the two settings
// again for each topic was half the time of opening the 议题 screen. One
// transaction sees one snapshot, so what is kept cannot go stale.
type topicReads struct {
	meetings map[int64]topicMeeting
	deadline *rules.Deadline
	// related reads each topic's units, checks, materials and moves with
	// statements prepared once for the whole read.
	related *preparedTx
}

// topicMeeting is what the evidence of 四十一 reads of a topic's meeting.
type topicMeeting struct {
	kind     data.MeetingKind
	status   data.MeetingStatus
	start    time.Time
	notified time.Time // the notice's day; zero before it
}

func newTopicReads(tx *Tx) *topicReads {
	return &topicReads{meetings: map[int64]topicMeeting{}, related: newPreparedTx(tx)}
}

func (r *topicReads) meeting(id int64) (topicMeeting, error) {
	if m, ok := r.meetings[id]; ok {
		return m, nil
	}
	var m topicMeeting
	var start, notified string
	err := r.related.QueryRow("SELECT kind, status, starts_at, notified_on FROM meetings WHERE id = ?", id).Scan(&m.kind, &m.status, &start, &notified)
	if err == sql.ErrNoRows {
		return m, data.Errorf(data.ENotFound, "会议（编号 %d）已不存在", id)
	} else if err != nil {
		return m, err
	}
	if m.start, err = time.Parse(clockLayout, start); err != nil {
		return m, data.Wrap(data.EDamaged, err, "会议（编号 %d）的开始时间「%s」无效", id, start)
	}
	if m.notified, err = storedDay(notified, "会议", id); err != nil {
		return m, err
	}
	r.meetings[id] = m
	return m, nil
}

func (r *topicReads) deadlineOf(s *Store) (rules.Deadline, error) {
	if r.deadline != nil {
		return *r.deadline, nil
	}
	dl, err := s.deadlineTx(r.related.Tx)
	if err == nil {
		r.deadline = &dl
	}
	return dl, err
}

func (s *Store) topicDetailTx(reads *topicReads, t data.Topic) (data.TopicDetail, error) {
	d := data.TopicDetail{Topic: t}
	var err error
	q := reads.related
	if d.Units, err = topicUnitsTx(q, t.ID); err != nil {
		return d, err
	}
	rows, err := q.Query("SELECT key, done_on, note, attachment FROM topic_checks WHERE topic_id = ? ORDER BY key", t.ID)
	if err != nil {
		return d, err
	}
	for rows.Next() {
		var c data.TopicCheck
		var on string
		if err = rows.Scan(&c.Key, &on, &c.Note, &c.Attachment); err == nil {
			c.DoneOn, err = storedDay(on, "议题", t.ID)
		}
		if err != nil {
			rows.Close()
			return d, err
		}
		d.Checks = append(d.Checks, c)
	}
	rows.Close()
	if d.Materials, err = materialsTx(q, t.ID); err != nil {
		return d, err
	}
	if d.Moves, err = topicMovesTx(q, t.ID); err != nil {
		return d, err
	}
	ev, err := s.evidenceTx(reads, d)
	if err != nil {
		return d, err
	}
	d.Late = ev.Late
	for _, m := range d.Materials {
		d.Topic.MaterialNames = append(d.Topic.MaterialNames, m.Name)
	}
	d.Missing, d.FollowUp = rules.TopicStanding(t, ev)
	d.Topic.Missing = d.Missing
	if d.FollowUp != "" {
		// A decided 二十三 subject still owes its report: the list shows it.
		d.Topic.Missing = append(d.Topic.Missing, d.FollowUp)
	}
	return d, nil
}

func topicMovesTx(tx rowsQuerier, topicID int64) ([]data.TopicMove, error) {
	rows, err := tx.Query(`SELECT from_state, to_state, ifnull(meeting_id, 0), reason, override, at, actor FROM topic_moves
		WHERE topic_id = ? ORDER BY id`, topicID)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []data.TopicMove
	for rows.Next() {
		m := data.TopicMove{TopicID: topicID}
		var at string
		if err := rows.Scan(&m.From, &m.To, &m.MeetingID, &m.Reason, &m.Override, &at, &m.Actor); err != nil {
			return nil, err
		}
		if m.At, err = time.Parse(time.RFC3339, at); err != nil {
			return nil, data.Wrap(data.EDamaged, err, "议题（编号 %d）的流转时间「%s」无效", topicID, at)
		}
		out = append(out, m)
	}
	return out, rows.Err()
}

// evidenceTx gathers what is on record for the rules of 四十一. Lateness is
// judged on the declaration day, or today for a topic not yet declared,
// against the earlier of the deadline day and the meeting's notice.
func (s *Store) evidenceTx(reads *topicReads, d data.TopicDetail) (rules.TopicEvidence, error) {
	ev := rules.TopicEvidence{
		Flags: rules.FlagsOf(d.Topic, d.Units), Done: rules.TopicDone(d.Checks, d.Units, d.Legal),
		UnitsAgreed: rules.UnitsAgreed(d.Units), CopiesReceived: rules.CopiesReceived(d.Materials),
		MayorApprovedLate: d.LateApproval != "", HasMeeting: d.MeetingID != 0, Outcome: rules.TopicOutcome(d.Outcome),
		Reason: d.StateReason,
	}
	if d.MeetingID == 0 {
		return ev, nil
	}
	m, err := reads.meeting(d.MeetingID)
	if err != nil {
		return ev, err
	}
	ev.NoticeIssued = m.status != data.StatusPlanning
	if m.kind == data.MeetingExecutive {
		dl, err := reads.deadlineOf(s)
		if err != nil {
			return ev, err
		}
		day := d.DeclaredOn
		if day.IsZero() {
			day = reads.related.Now()
		}
		ev.Late = dl.LateNoticed(day, m.start, m.notified)
	}
	return ev, nil
}

// MoveTopic applies one of the seven steps (四十一): it loads the topic and
// what is on record, asks rules.DecideTopicMove what the move does, and
// writes the move, its override (carried by the move, written with it or
// not at all) and its audit entry in one transaction.
func (s *Store) MoveTopic(ctx context.Context, mv data.TopicMove) (data.Topic, error) {
	mv.Reason, mv.Override = data.Clean(mv.Reason), data.Clean(mv.Override)
	var t data.Topic
	err := s.tx(ctx, func(tx *Tx) error {
		old, err := topicTx(tx, mv.TopicID)
		if err != nil {
			return err
		}
		if old.Version != mv.Version {
			return conflict("议题", old.Title)
		}
		if mv.MeetingID != 0 && mv.MeetingID != old.MeetingID {
			if err := rules.TopicMeetingChange(mv.To); err != nil {
				return err
			}
			m, err := meetingTx(tx, mv.MeetingID)
			if err != nil {
				return err
			}
			if err := rules.TopicOnMeeting(rules.FlagsOf(old, nil), m.Kind); err != nil {
				return err
			}
			old.MeetingID, old.MeetingKind = m.ID, m.Kind
		}
		reads := newTopicReads(tx)
		d, err := s.topicDetailTx(reads, old)
		if err != nil {
			return err
		}
		ev, err := s.evidenceTx(reads, d)
		if err != nil {
			return err
		}
		dec, err := rules.DecideTopicMove(old, mv, ev, tx.Now())
		if err != nil {
			return err
		}
		if dec.To == data.TopicDeliberated {
			if err := s.recordCollectiveTx(tx, old, ev.Flags, dec); err != nil {
				return err
			}
		}
		if t, err = s.applyMove(tx, old, dec, mv); err != nil {
			return err
		}
		return nil
	})
	return t, err
}

// recordCollectiveTx records 集体讨论决定 (二十二) on a major decision's
// topic as its meeting decides it: the meeting is that procedure. The
// audit entry of the move carries it.
func (s *Store) recordCollectiveTx(tx *Tx, t data.Topic, f rules.TopicFlags, dec rules.TopicMoveDecision) error {
	if t.MeetingID == 0 {
		return nil
	}
	m, err := meetingTx(tx, t.MeetingID)
	if err != nil {
		return err
	}
	c, ok := rules.Collective22(f, m, rules.TopicOutcome(dec.Topic.Outcome))
	if !ok {
		return nil
	}
	dec.Audit["collective"] = c.Note
	_, err = tx.Exec(`INSERT INTO topic_checks (topic_id, key, done_on, note) VALUES (?, ?, ?, ?)
		ON CONFLICT (topic_id, key) DO UPDATE SET done_on = excluded.done_on, note = excluded.note`, t.ID, c.Key, dayText(c.DoneOn), c.Note)
	return err
}

// applyMove writes the decided move of old: the topic, the move with its
// override, the observers of step 6, and the audit entry.
func (s *Store) applyMove(tx *Tx, old data.Topic, dec rules.TopicMoveDecision, mv data.TopicMove) (data.Topic, error) {
	n := dec.Topic
	var meeting any
	if n.MeetingID != 0 {
		meeting = n.MeetingID
	}
	res, err := tx.Exec(`UPDATE topics SET state = ?, state_reason = ?, outcome = ?, declared_on = ?, meeting_id = ?, meeting_kind = ?,
		updated_at = ?, version = version + 1 WHERE id = ? AND version = ?`,
		string(n.State), n.StateReason, n.Outcome, dayText(n.DeclaredOn), meeting, n.MeetingKind, tx.stamp(), old.ID, old.Version)
	if err != nil {
		return old, err
	}
	if err := s.expectOne(tx, res, "topics", "议题", old.ID); err != nil {
		return old, err
	}
	at := tx.Now().UTC().Format(time.RFC3339)
	if _, err := tx.Exec(`INSERT INTO topic_moves (topic_id, from_state, to_state, meeting_id, reason, override, at, actor)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?)`, old.ID, string(dec.From), string(dec.To), meeting, mv.Reason, dec.Override, at, s.actor()); err != nil {
		return old, err
	}
	if dec.FeedObservers {
		added, err := feedObserversTx(tx, n)
		if err != nil {
			return old, err
		}
		dec.Audit["observers_added"] = added
	}
	if err := s.audit(tx, "topic.move", "topic", old.ID, dec.Audit); err != nil {
		return old, err
	}
	return topicTx(tx, old.ID)
}

// editTopic changes a topic in one transaction: decide (a rule over the
// loaded topic, rules.TopicEditable for its content) allows it, fn writes
// it, and it is audited.
func (s *Store) editTopic(ctx context.Context, topicID int64, action string, detail any, decide func(data.Topic) error, fn func(tx *Tx, t data.Topic) error) error {
	return s.tx(ctx, func(tx *Tx) error { return s.editTopicTx(tx, topicID, action, detail, decide, fn) })
}

func (s *Store) editTopicTx(tx *Tx, topicID int64, action string, detail any, decide func(data.Topic) error, fn func(tx *Tx, t data.Topic) error) error {
	t, err := topicTx(tx, topicID)
	if err != nil {
		return err
	}
	if err := decide(t); err != nil {
		return err
	}
	if err := fn(tx, t); err != nil {
		return err
	}
	if _, err := tx.Exec("UPDATE topics SET version = version + 1, updated_at = ? WHERE id = ?", tx.stamp(), topicID); err != nil {
		return err
	}
	return s.audit(tx, action, "topic", topicID, detail)
}

// SetTopicCheck ticks (or unticks) a checklist item of 二十二/二十四.
func (s *Store) SetTopicCheck(ctx context.Context, topicID int64, key string, done bool, on time.Time, note string) error {
	key, note = data.Clean(key), data.Clean(note)
	if key == "" || (done && on.IsZero()) {
		return data.Errorf(data.EInvalid, "核对项须有名称和完成日期")
	}
	detail := map[string]any{"key": key, "done": done, "on": dayText(on), "note": note}
	return s.editTopic(ctx, topicID, "topic.check", detail, rules.TopicEditable, func(tx *Tx, _ data.Topic) error {
		if !done {
			_, err := tx.Exec("DELETE FROM topic_checks WHERE topic_id = ? AND key = ?", topicID, key)
			return err
		}
		_, err := tx.Exec(`INSERT INTO topic_checks (topic_id, key, done_on, note) VALUES (?, ?, ?, ?)
			ON CONFLICT (topic_id, key) DO UPDATE SET done_on = excluded.done_on, note = excluded.note`, topicID, key, dayText(on), note)
		return err
	})
}

// SetUnitOpinion records a related unit's opinion (二十四) and whether it
// attends the meeting for the topic.
func (s *Store) SetUnitOpinion(ctx context.Context, topicID int64, u data.TopicUnit) error {
	u.Text = data.Clean(u.Text)
	return s.editTopic(ctx, topicID, "topic.opinion", u, rules.TopicEditable, func(tx *Tx, _ data.Topic) error {
		res, err := tx.Exec("DELETE FROM topic_units WHERE topic_id = ? AND unit_id = ?", topicID, u.UnitID)
		if err != nil {
			return err
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return data.Errorf(data.ENotFound, "该单位不是本议题的相关单位")
		}
		return insertTopicUnit(tx, topicID, u)
	})
}

// RecordLegalOpinion files the 司法局's 《合法性审查意见书》 (四十一 step 2),
// with its scan when a path is given.
func (s *Store) RecordLegalOpinion(ctx context.Context, topicID int64, l data.LegalOpinion, scanPath string) error {
	l.Number, l.Conclusion = data.Clean(l.Number), data.Clean(l.Conclusion)
	var ps []data.Problem
	if l.Number == "" {
		ps = append(ps, data.Problem{Field: "文号", Message: "不能为空"})
	}
	if l.Date.IsZero() {
		ps = append(ps, data.Problem{Field: "日期", Message: "不能为空"})
	}
	if l.Conclusion == "" {
		ps = append(ps, data.Problem{Field: "审查结论", Message: "不能为空"})
	}
	if len(ps) > 0 {
		return &data.Error{Code: data.EInvalid, Message: "合法性审查意见书未保存", Problems: ps}
	}
	if scanPath != "" {
		hash, _, err := s.storeFile(ctx, scanPath)
		if err != nil {
			return err
		}
		l.Scan = hash
	}
	return s.editTopic(ctx, topicID, "topic.legal_opinion", l, rules.TopicEditable, func(tx *Tx, _ data.Topic) error {
		_, err := tx.Exec("UPDATE topics SET legal_number = ?, legal_date = ?, legal_conclusion = ?, legal_scan = ? WHERE id = ?",
			l.Number, dayText(l.Date), l.Conclusion, l.Scan, topicID)
		return err
	})
}

// ApproveLate records the 市长's approval of a late declaration (四十一).
func (s *Store) ApproveLate(ctx context.Context, topicID int64, note string) error {
	note = data.Clean(note)
	if err := rules.LateApproval(note); err != nil {
		return err
	}
	return s.editTopic(ctx, topicID, "topic.late_approval", map[string]string{"clause": "四十一", "note": note}, rules.TopicEditable, func(tx *Tx, _ data.Topic) error {
		_, err := tx.Exec("UPDATE topics SET late_approval = ? WHERE id = ?", note, topicID)
		return err
	})
}

// RecordFollowUp records that a decided 二十三 subject went to the 市委 or
// the 市人大常委会.
func (s *Store) RecordFollowUp(ctx context.Context, topicID int64, note string) error {
	note = data.Clean(note)
	if err := rules.FollowUpNote(note); err != nil {
		return err
	}
	// The report comes after deliberation: FollowUpDue, not TopicEditable,
	// decides it.
	return s.editTopic(ctx, topicID, "topic.followup", map[string]string{"clause": "二十三", "note": note}, rules.FollowUpDue, func(tx *Tx, _ data.Topic) error {
		_, err := tx.Exec("UPDATE topics SET followup_done = ? WHERE id = ?", note, topicID)
		return err
	})
}

// SetAgendaOrder orders a meeting's topics. Once the notice is out the
// agenda is fixed (四十一 step 7).
func (s *Store) SetAgendaOrder(ctx context.Context, meetingID int64, order []int64) error {
	return s.tx(ctx, func(tx *Tx) error {
		m, err := meetingTx(tx, meetingID)
		if err != nil {
			return err
		}
		if err := rules.AgendaOpen(m); err != nil {
			return err
		}
		for i, id := range order {
			res, err := tx.Exec("UPDATE topics SET agenda_order = ?, version = version + 1, updated_at = ? WHERE id = ? AND meeting_id = ?", i+1, tx.stamp(), id, meetingID)
			if err != nil {
				return err
			}
			if n, _ := res.RowsAffected(); n != 1 {
				return data.Errorf(data.ENotFound, "议题（编号 %d）不在会议「%s」中", id, m.Title)
			}
		}
		return s.audit(tx, "topic.agenda_order", "meeting", meetingID, order)
	})
}
