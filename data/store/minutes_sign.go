package store

import (
	"context"
	"database/sql"
	"fmt"
	"path/filepath"
	"time"

	"huiwu/data"
	"huiwu/rules"
)

// chainTx asks the rules who signs a 纪要 (四十六 with 六 and 八), on day:
// a delegation running that day routes the mayor's signature to his delegate.
func chainTx(tx *Tx, n data.Minutes, day time.Time) ([]rules.SignStep, error) {
	m, err := meetingTx(tx, n.MeetingID)
	if err != nil {
		return nil, err
	}
	people, err := peopleTx(tx)
	if err != nil {
		return nil, err
	}
	var chair data.Person
	for _, p := range people {
		if p.ID == m.ChairID {
			chair = p
		}
	}
	ds, err := delegationsTx(tx)
	if err != nil {
		return nil, err
	}
	os, err := readOversights(context.Background(), tx)
	if err != nil {
		return nil, err
	}
	return rules.SignOffChain(rules.SignOffInput{
		Kind: m.Kind, Chair: chair, LeadUnitID: n.LeadUnitID, ThreeMajor: n.ThreeMajor,
		Day: day, People: people, Oversights: os, Delegations: ds,
	})
}

func signsTx(tx *Tx, id int64) ([]data.MinutesSign, error) {
	rows, err := tx.Query(`SELECT step, stage, ifnull(person_id, 0), who, note, opinion, day, scan, recorded_at, recorded_by
		FROM minutes_signs WHERE minutes_id = ? ORDER BY step`, id)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []data.MinutesSign
	for rows.Next() {
		var g data.MinutesSign
		var day, at string
		if err := rows.Scan(&g.Step, &g.Stage, &g.PersonID, &g.Who, &g.Note, &g.Opinion, &day, &g.Scan, &at, &g.By); err != nil {
			return nil, err
		}
		if g.Day, err = storedDay(day, "纪要签发记录", id); err != nil {
			return nil, err
		}
		if g.At, err = storedStamp(at, "纪要签发记录", id); err != nil {
			return nil, err
		}
		out = append(out, g)
	}
	return out, rows.Err()
}

// SignChain is the whole route of a 纪要: the steps recorded, then the steps
// still to come as the rules give them today. A signed 纪要's route is what
// was recorded, whatever the roster has become since.
func (s *Store) SignChain(ctx context.Context, id int64) ([]data.MinutesSign, error) {
	var out []data.MinutesSign
	err := s.docRead(ctx, func(tx *Tx) error {
		n, err := minutesTx(tx, id)
		if err != nil {
			return err
		}
		if out, err = signsTx(tx, id); err != nil || n.Locked() {
			return err
		}
		chain, err := chainTx(tx, n, tx.Now())
		if err != nil {
			return err
		}
		for i := len(out); i < len(chain); i++ {
			st := chain[i]
			out = append(out, data.MinutesSign{Step: i + 1, Stage: st.Stage, PersonID: st.PersonID, Who: st.Who, Note: st.Note})
		}
		return nil
	})
	return out, err
}

// SignMinutes records the next step of the chain: 起草 (the office sends the
// text up), 审核, then 签发, which locks the 纪要. A step out of order, by
// someone other than the rules name, dated before the step it follows or in
// the future, or a 签发 without the 公开属性 (五十), is refused naming the
// clause.
func (s *Store) SignMinutes(ctx context.Context, id int64, a data.SignAction) (data.Minutes, error) {
	a.Opinion, a.Scan, a.Stage = data.Clean(a.Opinion), data.Clean(a.Scan), data.Clean(a.Stage)
	if err := a.Validate(); err != nil {
		return data.Minutes{}, err
	}
	if a.Scan != "" {
		// The scanned signed paper is kept in the data folder under its
		// content hash, so the record does not depend on where it was.
		hash, _, err := s.storeFile(ctx, a.Scan)
		if err != nil {
			return data.Minutes{}, err
		}
		a.Scan = hash + "/" + filepath.Base(a.Scan)
	}
	var out data.Minutes
	err := s.tx(ctx, func(tx *Tx) error {
		n, err := minutesTx(tx, id)
		if err != nil {
			return err
		}
		if n.Locked() {
			return lockedErr(n)
		}
		done, err := signsTx(tx, id)
		if err != nil {
			return err
		}
		chain, err := chainTx(tx, n, a.Day)
		if err != nil {
			return err
		}
		step := len(done) + 1
		if step > len(chain) {
			return data.Errorf(data.EInternal, "纪要 %s 的签发流程已走完", n.IssueText())
		}
		want := chain[step-1]
		if err := s.checkStep(tx, n, done, want, step, a); err != nil {
			return err
		}
		if err := s.recordStep(tx, n, want, step, len(chain), a); err != nil {
			return err
		}
		out, err = minutesTx(tx, id)
		return err
	})
	return out, err
}

func (s *Store) checkStep(tx *Tx, n data.Minutes, done []data.MinutesSign, want rules.SignStep, step int, a data.SignAction) error {
	if a.Stage != "" && a.Stage != want.Stage {
		return data.Errorf(data.EInvalid, "纪要 %s 现在应办理第 %d 步「%s」，不能跳到「%s」（第四十六条：起草、审核、签发依次进行）",
			n.IssueText(), step, want.Stage, a.Stage)
	}
	if want.PersonID != 0 && a.PersonID != want.PersonID {
		who := "未指定的人"
		if err := tx.QueryRow("SELECT name FROM people WHERE id = ?", a.PersonID).Scan(&who); err != nil && err != sql.ErrNoRows {
			return err
		}
		return data.Errorf(data.EInvalid, "纪要 %s 的「%s」应由 %s 办理（%s），不能由 %s 办理", n.IssueText(), want.Stage, want.Who, want.Note, who)
	}
	if want.PersonID == 0 && a.PersonID != 0 {
		return data.Errorf(data.EInvalid, "「%s」由市政府办公室办理，不记个人（第四十六条）", want.Stage)
	}
	if last, _, err := latestTx(tx, n.ID); err != nil {
		return err
	} else if last == 0 {
		return data.Errorf(data.EInvalid, "纪要 %s 还没有正文，不能送审", n.IssueText())
	}
	today := tx.Now()
	if a.Day.After(time.Date(today.Year(), today.Month(), today.Day(), 0, 0, 0, 0, time.UTC)) {
		return problem("日期", "不能晚于今天")
	}
	if a.Day.Before(n.MeetingDay) {
		return problem("日期", fmt.Sprintf("不能早于会议日期 %s", n.MeetingDay.Format(data.DateLayout)))
	}
	if len(done) > 0 && a.Day.Before(done[len(done)-1].Day) {
		prev := done[len(done)-1]
		return problem("日期", fmt.Sprintf("不能早于上一步「%s」的日期 %s", prev.Stage, prev.Day.Format(data.DateLayout)))
	}
	if want.Stage == "签发" && n.Disclosure == "" {
		return data.Errorf(data.EInvalid, "纪要 %s 签发前须确定公开属性（主动公开、依申请公开或不予公开）（第五十条）", n.IssueText())
	}
	if want.Stage == "签发" && n.Distribution == "" {
		// The 分送 is printed on the signed paper; once signed it is locked.
		return data.Errorf(data.EInvalid, "纪要 %s 签发前须在纪要设置中填写分送范围", n.IssueText())
	}
	return nil
}

func problem(field, msg string) error {
	return &data.Error{Code: data.EInvalid, Message: "签发记录未保存", Problems: []data.Problem{{Field: field, Message: msg}}}
}

// stageAfter is where a 纪要 stands once step of steps is recorded.
func stageAfter(step, steps int) data.MinutesStage {
	switch {
	case step >= steps:
		return data.MinutesSigned
	case step == 1:
		return data.MinutesReview
	default:
		return data.MinutesReviewed
	}
}

func (s *Store) recordStep(tx *Tx, n data.Minutes, want rules.SignStep, step, steps int, a data.SignAction) error {
	var person any
	if want.PersonID != 0 {
		person = want.PersonID
	}
	if _, err := tx.Exec(`INSERT INTO minutes_signs (minutes_id, step, stage, person_id, who, note, opinion, day, scan, recorded_at, recorded_by)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`, n.ID, step, want.Stage, person, want.Who, want.Note, a.Opinion,
		dayText(a.Day), a.Scan, tx.stamp(), s.Actor); err != nil {
		return err
	}
	stage := stageAfter(step, steps)
	signed := ""
	if stage == data.MinutesSigned {
		signed = dayText(a.Day)
	}
	if _, err := tx.Exec("UPDATE minutes SET stage = ?, signed_on = ?, version = version + 1 WHERE id = ?", string(stage), signed, n.ID); err != nil {
		return err
	}
	last, _, err := latestTx(tx, n.ID)
	if err != nil {
		return err
	}
	if err := s.audit(tx, "minutes.sign", "minutes", n.ID, map[string]any{
		"step": step, "stage": want.Stage, "who": want.Who, "why": want.Note, "opinion": a.Opinion,
		"day": dayText(a.Day), "scan": a.Scan, "text_version": last, "clause": "四十六",
	}); err != nil {
		return err
	}
	if stage != data.MinutesSigned {
		return nil
	}
	return s.audit(tx, "minutes.lock", "minutes", n.ID, map[string]any{"issue": n.IssueText(), "text_version": last, "disclosure": n.Disclosure})
}
