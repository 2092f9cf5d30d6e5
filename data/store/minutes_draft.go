package store

import (
	"context"
	"database/sql"
	"strings"

	"huiwu/data"
	"huiwu/rules"
)

// DraftMinutes creates the 纪要 of a held meeting: numbered 〔year〕第N期
// after the last of its meeting kind that year, with a first version of the
// text prefilled from the meeting: the opening line, then one section per
// topic on its agenda. A topic of 三重一大 marks the 纪要 so (四十六).
func (s *Store) DraftMinutes(ctx context.Context, meetingID int64) (data.Minutes, error) {
	var out data.Minutes
	err := s.tx(ctx, func(tx *Tx) error {
		m, err := meetingTx(tx, meetingID)
		if err != nil {
			return err
		}
		if err := rules.CanDraftMinutes(m); err != nil {
			return err
		}
		var have int64
		switch err := tx.QueryRow("SELECT id FROM minutes WHERE meeting_id = ?", meetingID).Scan(&have); {
		case err == nil:
			return data.Errorf(data.EDuplicate, "会议「%s」已有纪要，请打开它继续编辑", m.Title)
		case err != sql.ErrNoRows:
			return err
		}
		year := m.Start.Year()
		var issue int
		if err := tx.QueryRow("SELECT ifnull(max(issue), 0) + 1 FROM minutes WHERE kind = ? AND year = ?", string(m.Kind), year).Scan(&issue); err != nil {
			return err
		}
		res, err := tx.Exec("INSERT INTO minutes (meeting_id, kind, year, issue) VALUES (?, ?, ?, ?)", meetingID, string(m.Kind), year, issue)
		if err != nil {
			return err
		}
		id, err := res.LastInsertId()
		if err != nil {
			return err
		}
		body, err := draftText(tx, m)
		if err != nil {
			return err
		}
		sections, major, lead, err := draftTopics(tx, meetingID)
		if err != nil {
			return err
		}
		if len(sections) > 0 {
			body += "\n" + strings.Join(sections, "\n")
		}
		if lead != 0 && m.Kind == data.MeetingTopical {
			if _, err := tx.Exec("UPDATE minutes SET lead_unit_id = ?, three_major = ? WHERE id = ?", lead, major, id); err != nil {
				return err
			}
		} else if _, err := tx.Exec("UPDATE minutes SET three_major = ? WHERE id = ?", major, id); err != nil {
			return err
		}
		if err := s.audit(tx, "minutes.draft", "minutes", id, map[string]any{
			"meeting": meetingID, "kind": m.Kind, "year": year, "issue": issue, "topics": len(sections) / 2, "three_major": major,
		}); err != nil {
			return err
		}
		if _, err := s.addVersion(tx, id, data.VersionSave, "按会议记录生成的初稿", body); err != nil {
			return err
		}
		out, err = minutesTx(tx, id)
		return err
	})
	return out, err
}

// draftText is the first text of a meeting's 纪要.
func draftText(tx *Tx, m data.Meeting) (string, error) {
	people, err := peopleTx(tx)
	if err != nil {
		return "", err
	}
	var chair data.Person
	for _, p := range people {
		if p.ID == m.ChairID {
			chair = p
		}
	}
	tmpl, err := templateTx(tx, m.Kind)
	if err != nil {
		return "", err
	}
	return rules.MinutesOpeningFrom(tmpl, m, chair), nil
}

func templateKey(k data.MeetingKind) string { return "minutes.template." + string(k) }

func templateTx(tx *Tx, k data.MeetingKind) (string, error) {
	var t string
	err := tx.QueryRow("SELECT value FROM settings WHERE key = ?", templateKey(k)).Scan(&t)
	if err == sql.ErrNoRows || (err == nil && t == "") {
		return rules.DefaultMinutesTemplate, nil
	}
	return t, err
}

// MinutesTemplate is the opening template of a meeting kind's drafts.
func (s *Store) MinutesTemplate(ctx context.Context, kind data.MeetingKind) (string, error) {
	var t string
	err := s.docRead(ctx, func(tx *Tx) error {
		var err error
		t, err = templateTx(tx, kind)
		return err
	})
	return t, err
}

// SetMinutesTemplate sets the opening template of a meeting kind's drafts
// (audited as a setting); "" goes back to the default.
func (s *Store) SetMinutesTemplate(ctx context.Context, kind data.MeetingKind, tmpl string) error {
	tmpl = data.Clean(tmpl)
	if tmpl != "" {
		if err := rules.CheckMinutesTemplate(tmpl); err != nil {
			return err
		}
	}
	return s.tx(ctx, func(tx *Tx) error { return s.setSetting(tx, templateKey(kind), tmpl) })
}

// MinutesLists reads the 出席/请假/列席 lists from the meeting's attendance,
// in protocol order.
func (s *Store) MinutesLists(ctx context.Context, id int64) (data.MinutesLists, error) {
	var l data.MinutesLists
	err := s.docRead(ctx, func(tx *Tx) error {
		n, err := minutesTx(tx, id)
		if err != nil {
			return err
		}
		rec, err := recordTx(tx, n.MeetingID)
		if err != nil {
			return err
		}
		people, err := peopleTx(tx)
		if err != nil {
			return err
		}
		units, err := unitsTx(tx)
		if err != nil {
			return err
		}
		l = rules.BuildMinutesLists(rec, people, units)
		return nil
	})
	return l, err
}
