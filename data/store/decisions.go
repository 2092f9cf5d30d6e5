package store

import (
	"context"
	"database/sql"
	"slices"
	"strings"
	"time"

	"huiwu/data"
	"huiwu/rules"
)

// DecisionFollowUp reads what is recorded after a topic's decision (empty
// when nothing is).
func (s *Store) DecisionFollowUp(ctx context.Context, topicID int64) (data.DecisionFollowUp, error) {
	var f data.DecisionFollowUp
	err := s.docRead(ctx, func(tx *Tx) error {
		var err error
		f, err = decisionFollowUpTx(tx, topicID)
		return err
	})
	return f, err
}

func decisionFollowUpTx(tx *Tx, topicID int64) (data.DecisionFollowUp, error) {
	f := data.DecisionFollowUp{TopicID: topicID}
	var pub, eval string
	err := tx.QueryRow("SELECT published_on, published_where, not_public, evaluated_on, evaluation FROM decision_followups WHERE topic_id = ?", topicID).
		Scan(&pub, &f.PublishedWhere, &f.NotPublic, &eval, &f.Evaluation)
	if err == sql.ErrNoRows {
		return f, nil
	} else if err != nil {
		return f, err
	}
	if f.PublishedOn, err = storedDay(pub, "决策跟踪", topicID); err != nil {
		return f, err
	}
	f.EvaluatedOn, err = storedDay(eval, "决策跟踪", topicID)
	return f, err
}

// RecordDecisionFollowUp records a decided topic's publication (二十七) and
// 跟踪评估 (二十四), replacing what was recorded, with its audit entry.
func (s *Store) RecordDecisionFollowUp(ctx context.Context, f data.DecisionFollowUp) error {
	f.Normalize()
	if err := f.Validate(); err != nil {
		return err
	}
	return s.tx(ctx, func(tx *Tx) error {
		t, err := topicTx(tx, f.TopicID)
		if err != nil {
			return err
		}
		if err := rules.FollowUpRecordable(t); err != nil {
			return err
		}
		if _, err := tx.Exec(`INSERT INTO decision_followups (topic_id, published_on, published_where, not_public, evaluated_on, evaluation, recorded_at, recorded_by)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (topic_id) DO UPDATE SET published_on = excluded.published_on, published_where = excluded.published_where,
			not_public = excluded.not_public, evaluated_on = excluded.evaluated_on, evaluation = excluded.evaluation, recorded_at = excluded.recorded_at, recorded_by = excluded.recorded_by`,
			f.TopicID, dayText(f.PublishedOn), f.PublishedWhere, f.NotPublic, dayText(f.EvaluatedOn), f.Evaluation, tx.stamp(), s.Actor); err != nil {
			return err
		}
		return s.audit(tx, "topic.decision_followup", "topic", f.TopicID, map[string]any{
			"clauses": "二十四、二十七", "published_on": dayText(f.PublishedOn), "published_where": f.PublishedWhere,
			"not_public": f.NotPublic, "evaluated_on": dayText(f.EvaluatedOn), "evaluation": f.Evaluation,
		})
	})
}

// deskDecisionDays is how far back the desk looks for decisions still owing
// their publication or 跟踪评估: a year of meetings (an evaluation is due
// months after), so the section costs the same on ten years of data.
const deskDecisionDays = 400

// deskDecisions lists the decided topics of the last year still owing their
// publication (二十七) or 跟踪评估 (二十四), due within a week or overdue,
// earliest due first. It reads only the decisions that may owe either —
// of the meetings whose decisions are published, or major ones — and
// rules.DecisionNeeds decides: a year of department and topical meetings
// (nine in ten of the year's decisions) owes neither.
func deskDecisions(tx *Tx, d *data.Desk) error {
	lim, err := followUpSettingsTx(tx)
	if err != nil {
		return err
	}
	query, args := deskDecisionsQuery(d.Day)
	rows, err := tx.Query(query, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	soon := d.Day.AddDate(0, 0, 7)
	for rows.Next() {
		var id int64
		var title, outcome, flags, start, pub, notPublic, eval string
		var kind data.MeetingKind
		if err := rows.Scan(&id, &title, &outcome, &flags, &kind, &start, &pub, &notPublic, &eval); err != nil {
			return err
		}
		on, err := parseClock(start)
		if err != nil {
			return err
		}
		f := data.DecisionFollowUp{NotPublic: notPublic}
		if f.PublishedOn, err = storedDay(pub, "决策跟踪", id); err != nil {
			return err
		}
		if f.EvaluatedOn, err = storedDay(eval, "决策跟踪", id); err != nil {
			return err
		}
		major := strings.Contains(flags, "major") // major, three_major, dept_major
		needs := rules.DecisionNeeds(rules.Decided{Kind: kind, Day: on, Outcome: rules.TopicOutcome(outcome), Major: major}, f, rules.FollowUpLimits{PublishDays: lim.PublishDays, EvaluateMonths: lim.EvaluateMonths})
		l := data.DeskLine{Kind: data.DeskTopic, ID: id, Title: title}
		for _, n := range needs {
			if n.Due.After(soon) {
				continue
			}
			if l.Day.IsZero() || n.Due.Before(l.Day) {
				l.Day = n.Due
			}
			l.Needs = append(l.Needs, n.What+"（"+n.Clause.String()+"，"+n.Due.Format(data.DateLayout)+"前）")
		}
		if len(l.Needs) > 0 {
			l.Late = l.Day.Before(d.Day)
			d.Decisions = append(d.Decisions, l)
		}
	}
	if err := rows.Err(); err != nil {
		return err
	}
	// The earliest due first, as many as the desk lists; the rest counted.
	slices.SortStableFunc(d.Decisions, func(a, b data.DeskLine) int { return a.Day.Compare(b.Day) })
	d.DecisionsDue = len(d.Decisions)
	d.Decisions = d.Decisions[:min(len(d.Decisions), deskDecisionLines)]
	return nil
}

// deskDecisionsQuery is the SQL of deskDecisions on day, and its arguments:
// two disjoint halves rather than one condition with OR, the decisions of
// the meetings whose decisions are published, found by those meetings'
// topics, and the major ones of the other meetings, found by topics_major
// (0030) — one OR over both made SQLite read every topic of the year. The
// order is the one the lines were always read in.
func deskDecisionsQuery(day time.Time) (string, []any) {
	const cols = `SELECT t.id, t.title, t.outcome, t.flags, m.kind, m.starts_at,
		ifnull(f.published_on, ''), ifnull(f.not_public, ''), ifnull(f.evaluated_on, '')
		FROM topics t JOIN meetings m ON m.id = t.meeting_id LEFT JOIN decision_followups f ON f.topic_id = t.id
		WHERE t.state = 'deliberated' AND t.outcome IN ('passed', 'passed_in_principle') AND m.starts_at >= ? AND m.starts_at < ?`
	published := marks(len(rules.PublishedKinds))
	from, to := day.AddDate(0, 0, -deskDecisionDays).Format(clockLayout), day.AddDate(0, 0, 1).Format(clockLayout)
	var args []any
	for range 2 {
		args = append(append(args, from, to), kindArgs(rules.PublishedKinds)...)
	}
	return cols + ` AND m.kind IN (` + published + `)
		UNION ALL ` + cols + ` AND instr(t.flags, 'major') > 0 AND m.kind NOT IN (` + published + `)
		ORDER BY 6, 1`, args
}

// deskDecisionLines is how many decisions the desk lists: each line is a
// row of widgets to lay out, and a desk of a year's sixty decisions took
// longer to draw than to read; the rest wait, counted.
const deskDecisionLines = 20

// marks is n SQL parameters: ?, ?, ?.
func marks(n int) string { return strings.TrimSuffix(strings.Repeat("?, ", n), ", ") }

// kindArgs are meeting kinds as SQL arguments.
func kindArgs(kinds []data.MeetingKind) []any {
	out := make([]any, len(kinds))
	for i, k := range kinds {
		out[i] = string(k)
	}
	return out
}
