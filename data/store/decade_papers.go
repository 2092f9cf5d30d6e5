package store

import (
	"fmt"
	"math/rand/v2"
	"time"
)

// minutes writes a held meeting's 纪要 — drafted, reviewed and signed within
// days unless the meeting is too recent — and the tasks its items become.
func (d *decade) minutes(b *Bulk, r *rand.Rand, meeting int64, kind string, start time.Time, topics []topicRef) error {
	ro := d.roster
	year := start.Year()
	issue := d.next("minutes|"+kind, year)
	drafted := start.AddDate(0, 0, 1).Add(time.Hour)
	signedOn := start.AddDate(0, 0, 3)
	stage, signed := "signed", signedOn.Format(decadeDay)
	if !signedOn.Before(d.today) {
		stage, signed = "draft", ""
	}
	lead := ro.depts[topics[0].unit]
	id, err := d.insert(b, "minutes", decadeMinutesCols, meeting, kind, year, issue, "主动公开", lead, "市各委办局，各镇人民政府，各街道办事处。", stage, signed)
	if err != nil {
		return err
	}
	if err := d.audit(b, drafted, "minutes.draft", "minutes", id, map[string]any{"meeting": meeting, "kind": kind, "year": year, "issue": issue, "topics": len(topics)}); err != nil {
		return err
	}
	titles, units := make([]string, len(topics)), make([]string, len(topics))
	for i, t := range topics {
		titles[i], units[i] = t.title, ro.shorts[t.unit]
	}
	opening := fmt.Sprintf("%d月%d日，市政府召开会议，研究%s等事项，……。", start.Month(), start.Day(), titles[0])
	body := minutesBody(r, opening, titles, units)
	if _, err := d.insert(b, "minutes_versions", decadeVersionCols, id, 1, "save", "按会议记录生成的初稿", body, drafted.Format(decadeStamp), "秘书科"); err != nil {
		return err
	}
	if err := d.audit(b, drafted, "minutes.version", "minutes", id, map[string]any{"n": 1, "kind": "save", "chars": len([]rune(body))}); err != nil {
		return err
	}
	if stage != "signed" {
		return nil
	}
	steps := []struct {
		stage, who, note string
		person           any
	}{
		{"起草", "市政府办公室", "办公室起草（第四十六条）", nil},
		{"审核", "办公室主任", "办公室审核（第四十六条）", ro.vices[0]},
		{"签发", "市长", "由主持会议的市政府领导签发（第四十六条）", ro.mayor},
	}
	for i, st := range steps {
		day := start.AddDate(0, 0, 1+i)
		at := day.Add(10 * time.Hour)
		if _, err := d.insert(b, "minutes_signs", decadeSignCols, id, i+1, st.stage, st.person, st.who, st.note, day.Format(decadeDay), at.Format(decadeStamp), "秘书科"); err != nil {
			return err
		}
		if err := d.audit(b, at, "minutes.sign", "minutes", id, map[string]any{"step": i + 1, "stage": st.stage, "who": st.who, "day": day.Format(decadeDay), "clause": "四十六"}); err != nil {
			return err
		}
	}
	lockAt := signedOn.Add(10 * time.Hour)
	if err := d.audit(b, lockAt, "minutes.lock", "minutes", id, map[string]any{"issue": fmt.Sprintf("〔%d〕第%d期", year, issue), "text_version": 1}); err != nil {
		return err
	}
	return d.tasks(b, r, id, signedOn, topics)
}

// tasks turns a signed 纪要's items into 督办 tasks; those long past their
// due day are mostly closed, some late, and a few still open and overdue.
func (d *decade) tasks(b *Bulk, r *rand.Rand, minutes int64, assigned time.Time, topics []topicRef) error {
	ro := d.roster
	for i, n := 0, 1+r.IntN(7); i < n; i++ {
		t := topics[r.IntN(len(topics))]
		due := assigned.AddDate(0, 0, 15+r.IntN(106))
		status, closed, result := "open", "", ""
		closedDay := due.AddDate(0, 0, r.IntN(20)-14)
		switch n := r.IntN(100); {
		case due.Before(d.today.AddDate(0, 0, -30)) && n < 95, due.Before(d.today) && n < 60:
			status, closed, result = "done", closedDay.Format(decadeDay), decadeResults[r.IntN(len(decadeResults))]
		case n < 70:
			status = "doing"
		}
		title := "关于" + t.title + "的落实"
		leader := ro.vices[r.IntN(len(ro.vices))]
		at := assigned.Add(11 * time.Hour)
		id, err := d.insert(b, "tasks", decadeTaskCols, "minutes", minutes, leader, title, ro.depts[t.unit], assigned.Format(decadeDay), due.Format(decadeDay), status, closed, result)
		if err != nil {
			return err
		}
		help := ro.depts[r.IntN(len(ro.depts))]
		if help != ro.depts[t.unit] {
			if _, err := d.insert(b, "task_units", []string{"task_id", "unit_id"}, id, help); err != nil {
				return err
			}
		}
		if err := d.audit(b, at, "task.create", "task", id, map[string]any{"source": "minutes", "minutes": minutes, "title": title, "lead_unit": ro.depts[t.unit], "leader": leader, "assigned": assigned.Format(decadeDay), "due": due.Format(decadeDay), "clause": "三十七"}); err != nil {
			return err
		}
		if status == "done" {
			if err := d.audit(b, closedDay.Add(16*time.Hour), "task.close", "task", id, map[string]any{"day": closed, "result": result, "clause": "三十八"}); err != nil {
				return err
			}
		}
	}
	return nil
}

// documents writes the month's incoming 公文 (about 170), most with two
// units' countersigns and their replies.
func (d *decade) documents(b *Bulk, r *rand.Rand, month time.Time) error {
	ro := d.roster
	days := workdays(month)
	for i, n := 0, 160+r.IntN(15); i < n; i++ {
		day := days[r.IntN(len(days))]
		if !day.Before(d.today) {
			continue
		}
		u := r.IntN(len(ro.depts))
		kind := decadeDocKinds[r.IntN(len(decadeDocKinds))]
		title := "关于" + subject(r) + action(r) + map[string]string{"request": "的请示", "report": "的报告", "letter": "的函", "opinion": "的意见", "other": "的通知"}[kind]
		number := fmt.Sprintf("溧%s〔%d〕%d号", ro.shorts[u], day.Year(), d.next("doc|"+ro.shorts[u], day.Year()))
		status := "closed"
		if day.After(d.today.AddDate(0, 0, -20)) {
			status = "registered"
		}
		at := day.Add(10 * time.Hour)
		id, err := d.insert(b, "documents", decadeDocumentCols, kind, title, ro.depts[u], number, day.Format(decadeDay), 1, 0, 0, 0, 0, status, at.Format(decadeStamp), at.Format(decadeStamp))
		if err != nil {
			return err
		}
		if err := d.audit(b, at, "document.register", "document", id, map[string]any{"kind": kind, "title": title, "unit": ro.depts[u], "number": number, "received": day.Format(decadeDay)}); err != nil {
			return err
		}
		if r.IntN(10) < 6 {
			if err := d.countersigns(b, r, id, u, day); err != nil {
				return err
			}
		}
	}
	return nil
}

func (d *decade) countersigns(b *Bulk, r *rand.Rand, doc int64, owner int, received time.Time) error {
	ro := d.roster
	sent, due := received.AddDate(0, 0, 1), received.AddDate(0, 0, 8)
	units := []int64{}
	for len(units) < 2 {
		u := ro.depts[r.IntN(len(ro.depts))]
		if u != ro.depts[owner] && (len(units) == 0 || units[0] != u) {
			units = append(units, u)
		}
	}
	if err := d.audit(b, sent.Add(9*time.Hour), "countersign.start", "document", doc, map[string]any{"units": units, "sent": sent.Format(decadeDay), "due": due.Format(decadeDay), "clause": "四十八"}); err != nil {
		return err
	}
	for _, u := range units {
		reply := decadeReplies[r.IntN(len(decadeReplies))]
		reasons := ""
		if reply == "disagree" {
			reasons = "涉及本单位职责的条款需进一步协商。"
		}
		on := sent.AddDate(0, 0, 1+r.IntN(6))
		if _, err := d.insert(b, "countersigns", decadeCountersignCols, doc, u, sent.Format(decadeDay), due.Format(decadeDay), reply, reasons, "办公室 经办人", on.Format(decadeDay)); err != nil {
			return err
		}
		if err := d.audit(b, on.Add(15*time.Hour), "countersign.reply", "document", doc, map[string]any{"unit": u, "reply": reply, "reasons": reasons, "on": on.Format(decadeDay)}); err != nil {
			return err
		}
	}
	return nil
}
