package store

import (
	"context"
	"database/sql"
	"strings"

	"huiwu/data"
	"huiwu/rules"
)

var _ data.TopicService = (*Store)(nil)

const topicColumns = `t.id, t.title, t.unit_id, u.name, t.reporter, ifnull(t.leader_id, 0), ifnull(p.name, ''), t.meeting_kind,
	ifnull(t.meeting_id, 0), t.summary, t.minutes, t.flags, t.subjects, t.mayor_matters, t.towns, t.state, t.state_reason,
	t.outcome, t.declared_on, t.late_approval, t.legal_number, t.legal_date, t.legal_conclusion, t.legal_scan,
	t.followup_done, t.agenda_order, t.version`

const topicFrom = ` FROM topics t JOIN units u ON u.id = t.unit_id LEFT JOIN people p ON p.id = t.leader_id`

// The topic flags, as stored in the flags column.
var topicFlagCodes = []struct {
	code string
	get  func(*data.TopicFlags) *bool
}{
	{"major", func(f *data.TopicFlags) *bool { return &f.MajorDecision }},
	{"three_major", func(f *data.TopicFlags) *bool { return &f.ThreeMajor }},
	{"normative", func(f *data.TopicFlags) *bool { return &f.Normative }},
	{"public", func(f *data.TopicFlags) *bool { return &f.PublicInterest }},
	{"dept_major", func(f *data.TopicFlags) *bool { return &f.DeptMajor }},
}

func splitList(s, sep string) []string {
	if s == "" {
		return nil
	}
	return strings.Split(s, sep)
}

func scanTopic(sc interface{ Scan(...any) error }) (data.Topic, error) {
	var t data.Topic
	var flags, subjects, matters, towns, declared, legalDate string
	err := sc.Scan(&t.ID, &t.Title, &t.UnitID, &t.UnitName, &t.Reporter, &t.LeaderID, &t.LeaderName, &t.MeetingKind,
		&t.MeetingID, &t.Summary, &t.Minutes, &flags, &subjects, &matters, &towns, &t.State, &t.StateReason,
		&t.Outcome, &declared, &t.LateApproval, &t.Legal.Number, &legalDate, &t.Legal.Conclusion, &t.Legal.Scan,
		&t.FollowUpDone, &t.AgendaOrder, &t.Version)
	if err != nil {
		return t, err
	}
	for _, c := range splitList(flags, ",") {
		for _, fc := range topicFlagCodes {
			if fc.code == c {
				*fc.get(&t.Flags) = true
			}
		}
	}
	t.Flags.Subjects = splitList(subjects, ",")
	for _, m := range splitList(matters, ",") {
		t.Flags.MayorMatters = append(t.Flags.MayorMatters, data.DocFlag(m))
	}
	t.Flags.Towns = splitList(towns, "\n")
	if t.DeclaredOn, err = storedDay(declared, "议题", t.ID); err != nil {
		return t, err
	}
	t.Legal.Date, err = storedDay(legalDate, "议题", t.ID)
	return t, err
}

// Topics lists topics with what each still lacks for its next step, in
// meeting order then agenda order.
func (s *Store) Topics(ctx context.Context, f data.TopicFilter) ([]data.Topic, error) {
	var out []data.Topic
	err := s.docRead(ctx, func(tx *Tx) error {
		q := "SELECT " + topicColumns + topicFrom + " LEFT JOIN meetings m ON m.id = t.meeting_id WHERE 1 = 1"
		var args []any
		if !f.Month.IsZero() {
			from := f.Month.AddDate(0, 0, 1-f.Month.Day())
			q += " AND m.starts_at >= ? AND m.starts_at < ?"
			args = append(args, from.Format(data.DateLayout), from.AddDate(0, 1, 0).Format(data.DateLayout))
		}
		if f.MeetingID != 0 {
			q += " AND t.meeting_id = ?"
			args = append(args, f.MeetingID)
		}
		if f.State != "" {
			q += " AND t.state = ?"
			args = append(args, f.State)
		}
		if f.Year != 0 {
			// A union of index searches (waiting, by the partial index
			// topics_waiting; on a meeting of the year; on no meeting and
			// declared in the year, by topics_meeting's NULLs), not an OR,
			// which would read every topic of the decade.
			q += ` AND t.id IN (SELECT id FROM topics WHERE state <> 'deliberated'
				UNION ALL SELECT yt.id FROM meetings ym JOIN topics yt ON yt.meeting_id = ym.id WHERE ym.starts_at >= ? AND ym.starts_at < ?
				UNION ALL SELECT id FROM topics WHERE meeting_id IS NULL AND declared_on >= ? AND declared_on < ?)`
			args = append(args, yearStart(f.Year), yearStart(f.Year+1), yearStart(f.Year), yearStart(f.Year+1))
		}
		if f.AwaitingReport {
			q += " AND t.subjects <> '' AND t.followup_done = ''"
		}
		if f.Query = data.Clean(f.Query); f.Query != "" {
			// A plain scan: it finds one- and two-character Chinese queries,
			// which a trigram index cannot.
			like := "%" + strings.NewReplacer(`\`, `\\`, "%", `\%`, "_", `\_`).Replace(f.Query) + "%"
			q += ` AND (t.title LIKE ?1 ESCAPE '\' OR t.summary LIKE ?1 ESCAPE '\' OR u.name LIKE ?1 ESCAPE '\'
				OR EXISTS (SELECT 1 FROM topic_materials tm WHERE tm.topic_id = t.id AND tm.name LIKE ?1 ESCAPE '\'))`
			q = strings.ReplaceAll(q, "?1", "?")
			args = append(args, like, like, like, like)
		}
		rows, err := tx.Query(q+" ORDER BY ifnull(m.starts_at, '9999'), t.meeting_id, t.agenda_order, t.id", args...)
		if err != nil {
			return err
		}
		var all []data.Topic
		for rows.Next() {
			t, err := scanTopic(rows)
			if err != nil {
				rows.Close()
				return err
			}
			if f.Matches(t) {
				all = append(all, t)
			}
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
		reads := newTopicReads(tx)
		for _, t := range all {
			d, err := s.topicDetailTx(reads, t)
			if err != nil {
				return err
			}
			out = append(out, d.Topic)
		}
		return nil
	})
	return out, err
}

func topicTx(tx *Tx, id int64) (data.Topic, error) {
	t, err := scanTopic(tx.QueryRow("SELECT "+topicColumns+topicFrom+" WHERE t.id = ?", id))
	if err == sql.ErrNoRows {
		return t, data.Errorf(data.ENotFound, "议题（编号 %d）已不存在", id)
	}
	return t, err
}

// Topic reads one topic whole: units, checklist, materials, moves and what
// is missing.
func (s *Store) Topic(ctx context.Context, id int64) (data.TopicDetail, error) {
	var d data.TopicDetail
	err := s.docRead(ctx, func(tx *Tx) error {
		t, err := topicTx(tx, id)
		if err != nil {
			return err
		}
		if d, err = s.topicDetailTx(newTopicReads(tx), t); err != nil {
			return err
		}
		d.Decision, err = decisionFollowUpTx(tx, id)
		return err
	})
	return d, err
}

// SaveTopic creates (ID 0) or edits a topic and its related units. The
// responsible leader, when not chosen, is routed by 分工 (八). A topic in
// the notice is frozen (四十一 step 7): no edit.
func (s *Store) SaveTopic(ctx context.Context, t data.Topic, units []data.TopicUnit) (data.Topic, error) {
	t.Normalize()
	if t.State == "" {
		t.State = data.TopicResearch
	}
	if err := t.Validate(); err != nil {
		return t, err
	}
	err := s.tx(ctx, func(tx *Tx) error {
		if t.ID != 0 {
			old, err := topicTx(tx, t.ID)
			if err != nil {
				return err
			}
			if old.Version != t.Version {
				return conflict("议题", old.Title)
			}
			if err := rules.TopicEditable(old); err != nil {
				return err
			}
			// Moves, the outcome and the recorded exceptions change only
			// through their own audited actions.
			t.State, t.StateReason, t.Outcome, t.DeclaredOn = old.State, old.StateReason, old.Outcome, old.DeclaredOn
			t.LateApproval, t.FollowUpDone, t.Legal, t.AgendaOrder = old.LateApproval, old.FollowUpDone, old.Legal, old.AgendaOrder
		}
		if t.MeetingID != 0 {
			m, err := meetingTx(tx, t.MeetingID)
			if err != nil {
				return err
			}
			t.MeetingKind = m.Kind
		}
		if err := rules.TopicOnMeeting(rules.FlagsOf(t, nil), t.MeetingKind); err != nil {
			return err
		}
		// The responsible leader follows the 分工 of the submitting unit
		// and the clause-八 matters (八), so a change of either re-routes it.
		r, err := s.routeTopicTx(tx, t)
		if err != nil {
			return err
		}
		t.LeaderID = r.LeaderID
		return s.writeTopic(tx, &t, units)
	})
	return t, err
}

func (s *Store) routeTopicTx(tx *Tx, t data.Topic) (rules.Route, error) {
	people, err := peopleTx(tx)
	if err != nil {
		return rules.Route{}, err
	}
	os, err := readOversights(context.Background(), tx)
	if err != nil {
		return rules.Route{}, err
	}
	ds, err := delegationsTx(tx)
	if err != nil {
		return rules.Route{}, err
	}
	return rules.RouteMatter(rules.RouteInput{UnitID: t.UnitID, Matters: rules.MayorMatters(t.Flags.MayorMatters), Oversights: os, People: people, Delegations: ds, Day: tx.Now()})
}

func (s *Store) writeTopic(tx *Tx, t *data.Topic, units []data.TopicUnit) error {
	var flags, matters []string
	for _, fc := range topicFlagCodes {
		if *fc.get(&t.Flags) {
			flags = append(flags, fc.code)
		}
	}
	for _, m := range t.Flags.MayorMatters {
		matters = append(matters, string(m))
	}
	var meeting, leader any
	if t.MeetingID != 0 {
		meeting = t.MeetingID
	}
	if t.LeaderID != 0 {
		leader = t.LeaderID
	}
	args := []any{
		t.Title, t.UnitID, t.Reporter, leader, t.MeetingKind, meeting, t.Summary, t.Minutes, strings.Join(flags, ","),
		strings.Join(t.Flags.Subjects, ","), strings.Join(matters, ","), strings.Join(t.Flags.Towns, "\n"), t.State, tx.stamp(),
	}
	action := "topic.update"
	if t.ID == 0 {
		action = "topic.create"
		res, err := tx.Exec(`INSERT INTO topics (title, unit_id, reporter, leader_id, meeting_kind, meeting_id, summary, minutes, flags,
			subjects, mayor_matters, towns, state, updated_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`, append(args, tx.stamp())...)
		if err != nil {
			return err
		}
		if t.ID, err = res.LastInsertId(); err != nil {
			return err
		}
		t.Version = 1
	} else {
		res, err := tx.Exec(`UPDATE topics SET title = ?, unit_id = ?, reporter = ?, leader_id = ?, meeting_kind = ?, meeting_id = ?,
			summary = ?, minutes = ?, flags = ?, subjects = ?, mayor_matters = ?, towns = ?, state = ?, updated_at = ?,
			version = version + 1 WHERE id = ? AND version = ?`, append(args, t.ID, t.Version)...)
		if err != nil {
			return err
		}
		if err := s.expectOne(tx, res, "topics", "议题", t.ID); err != nil {
			return err
		}
		t.Version++
	}
	if err := s.writeTopicUnits(tx, t.ID, units); err != nil {
		return err
	}
	return s.audit(tx, action, "topic", t.ID, map[string]any{"topic": t, "units": units})
}

// writeTopicUnits replaces the related units, keeping each remaining
// unit's opinion unless the caller gives a new one.
func (s *Store) writeTopicUnits(tx *Tx, topicID int64, units []data.TopicUnit) error {
	old, err := topicUnitsTx(tx, topicID)
	if err != nil {
		return err
	}
	if _, err := tx.Exec("DELETE FROM topic_units WHERE topic_id = ?", topicID); err != nil {
		return err
	}
	seen := map[int64]bool{}
	for _, u := range units {
		if u.UnitID == 0 || seen[u.UnitID] {
			continue
		}
		seen[u.UnitID] = true
		if u.Opinion == "" {
			for _, o := range old {
				if o.UnitID == u.UnitID {
					u.Opinion, u.Text = o.Opinion, o.Text
				}
			}
		}
		if err := insertTopicUnit(tx, topicID, u); err != nil {
			return err
		}
	}
	return nil
}

func insertTopicUnit(tx *Tx, topicID int64, u data.TopicUnit) error {
	u.Text = data.Clean(u.Text)
	if err := rules.UnitOpinion(u); err != nil {
		return err
	}
	if u.Opinion != "" && u.Opinion != data.OpinionAgree && u.Opinion != data.OpinionDiffer {
		return data.Errorf(data.EInvalid, "未知单位意见「%s」", u.Opinion)
	}
	_, err := tx.Exec("INSERT INTO topic_units (topic_id, unit_id, opinion, text, attends) VALUES (?, ?, ?, ?, ?)", topicID, u.UnitID, u.Opinion, u.Text, u.Attends)
	return err
}

// DeleteTopic removes a topic entered by mistake; only one still in
// research, so nothing declared disappears from the record.
func (s *Store) DeleteTopic(ctx context.Context, id, version int64) error {
	return s.tx(ctx, func(tx *Tx) error {
		t, err := topicTx(tx, id)
		if err != nil {
			return err
		}
		if t.Version != version {
			return conflict("议题", t.Title)
		}
		if err := rules.TopicDeletable(t); err != nil {
			return err
		}
		if _, err := tx.Exec("DELETE FROM topics WHERE id = ?", id); err != nil {
			return err
		}
		return s.audit(tx, "topic.delete", "topic", id, t)
	})
}
