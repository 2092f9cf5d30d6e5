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

// stampLayout is how sign-in and decision times are stored (UTC).
const stampLayout = "2006-01-02T15:04:05Z"

// meetingConfig is the meeting settings, read from the settings table with
// the work rules' defaults.
type meetingConfig struct {
	standing  []string
	numbering rules.Numbering
	grace     time.Duration
}

// The meeting settings' keys.
const (
	SettingStandingObservers = "meeting.standing_observers" // 、-separated unit short names
	SettingNumbering         = "meeting.numbering"          // "year" or "term"
	SettingTermStart         = "meeting.term_start"         // 2026-01-01
	SettingLateGrace         = "meeting.late_grace_minutes" // minutes after the start still 出席
)

func (s *Store) meetingSettings(ctx context.Context) (meetingConfig, error) {
	cfg := meetingConfig{standing: rules.DefaultStandingObservers}
	get := func(key string) (string, error) {
		var v string
		err := s.conn().QueryRowContext(ctx, "SELECT value FROM settings WHERE key = ?", key).Scan(&v)
		if err == sql.ErrNoRows {
			return "", nil
		}
		return strings.TrimSpace(v), classifyRows(err, "读取设置")
	}
	v, err := get(SettingStandingObservers)
	if err != nil {
		return cfg, err
	}
	if v != "" {
		cfg.standing = strings.FieldsFunc(v, func(r rune) bool { return r == '、' || r == ',' || r == '，' })
	}
	if v, err = get(SettingNumbering); err != nil {
		return cfg, err
	}
	if v == "term" {
		t, err := get(SettingTermStart)
		if err != nil {
			return cfg, err
		}
		start, err := data.ParseDate(t)
		if err != nil {
			return cfg, data.Wrap(data.EInvalid, err, "设置「届次起算日」无效：%s", data.ErrorMessage(err))
		}
		cfg.numbering = rules.Numbering{PerTerm: true, TermStart: start}
	}
	if v, err = get(SettingLateGrace); err != nil {
		return cfg, err
	}
	if v != "" {
		d, err := time.ParseDuration(v + "m")
		if err != nil || d < 0 || d > 2*time.Hour {
			return cfg, data.Errorf(data.EInvalid, "设置「迟到宽限分钟」的值「%s」无效", v)
		}
		cfg.grace = d
	}
	return cfg, nil
}

func delegationsTx(tx *Tx) ([]data.Delegation, error) {
	rows, err := tx.Query("SELECT d.id, d.delegate_id, p.name, d.date_from, d.date_to, d.reason FROM delegations d JOIN people p ON p.id = d.delegate_id")
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []data.Delegation
	for rows.Next() {
		var d data.Delegation
		var from, to string
		if err := rows.Scan(&d.ID, &d.DelegateID, &d.DelegateName, &from, &to, &d.Reason); err != nil {
			return nil, err
		}
		if d.From, err = time.Parse(data.DateLayout, from); err != nil {
			return nil, data.Wrap(data.EDamaged, err, "委托（编号 %d）的日期「%s」无效", d.ID, from)
		}
		if d.To, err = time.Parse(data.DateLayout, to); err != nil {
			return nil, data.Wrap(data.EDamaged, err, "委托（编号 %d）的日期「%s」无效", d.ID, to)
		}
		out = append(out, d)
	}
	return out, rows.Err()
}

// participantsTx reads a meeting's participants in sheet order: by role
// (出席, 列席, 邀请列席, 工作人员), then in protocol order.
func participantsTx(tx interface {
	Query(string, ...any) (*sql.Rows, error)
}, meetingID int64,
) ([]data.Participant, error) {
	rows, err := tx.Query(`SELECT x.meeting_id, x.person_id, x.role, x.topic, x.status, x.status_at, x.substitute_name, x.substitute_post, x.seat, x.version,
		p.name, ifnull(u.name, ''), p.post, p.rank, ifnull(u.sort_order, -1), ifnull(p.unit_id, 0),
		ifnull((SELECT group_concat(role) FROM person_roles r WHERE r.person_id = p.id), '')
		FROM participants x JOIN people p ON p.id = x.person_id LEFT JOIN units u ON u.id = p.unit_id WHERE x.meeting_id = ?`, meetingID)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []data.Participant
	for rows.Next() {
		var p data.Participant
		var at, roles string
		var unitID int64
		if err := rows.Scan(&p.MeetingID, &p.PersonID, &p.Role, &p.Topic, &p.Status, &at, &p.SubstituteName, &p.SubstitutePost, &p.Seat, &p.Version,
			&p.Name, &p.UnitName, &p.Post, &p.Rank, &p.UnitOrder, &unitID, &roles); err != nil {
			return nil, err
		}
		if at != "" {
			if p.At, err = time.Parse(stampLayout, at); err != nil {
				return nil, data.Wrap(data.EDamaged, err, "%s 的签到时间「%s」无效", p.Name, at)
			}
		}
		for _, r := range strings.Split(roles, ",") {
			if r != "" {
				p.Roles = append(p.Roles, data.Role(r))
			}
		}
		out = append(out, p)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	SortParticipants(out)
	return out, nil
}

// SortParticipants puts participants in sheet order: by role group, then
// protocol order (leaders by rank, units by their order, 按姓氏笔画).
func SortParticipants(ps []data.Participant) {
	people := make([]data.Person, len(ps))
	order := map[int64]int{}
	byID := make(map[int64]data.Participant, len(ps))
	for i, p := range ps {
		people[i] = data.Person{ID: p.PersonID, Name: p.Name, Rank: p.Rank, UnitID: int64(p.UnitOrder) + 1}
		if p.UnitOrder >= 0 {
			order[int64(p.UnitOrder)+1] = p.UnitOrder
		}
		byID[p.PersonID] = p
	}
	rules.SortPeople(people, order)
	for i, q := range people {
		ps[i] = byID[q.ID]
	}
	slices.SortStableFunc(ps, func(a, b data.Participant) int {
		return slices.Index(data.AttendRoles, a.Role) - slices.Index(data.AttendRoles, b.Role)
	})
}

// Participants lists a meeting's participants in sheet order.
func (s *Store) Participants(ctx context.Context, meetingID int64) ([]data.Participant, error) {
	ps, err := participantsTx(s.conn(), meetingID)
	if err != nil {
		return nil, classify(err, "读取参会人员")
	}
	return ps, nil
}

// addDefaults fills a new meeting with the participants its kind draws from
// the roster (四十, 四十一).
func (s *Store) addDefaults(tx *Tx, m *data.Meeting, cfg meetingConfig) error {
	people, err := peopleTx(tx)
	if err != nil {
		return err
	}
	units, err := unitsTx(tx)
	if err != nil {
		return err
	}
	ps := rules.DefaultParticipants(rules.MembersInput{Kind: m.Kind, ChairID: m.ChairID, People: people, Units: units, Standing: cfg.standing, UnitID: m.UnitID})
	for _, p := range ps {
		if _, err := tx.Exec("INSERT INTO participants (meeting_id, person_id, role) VALUES (?, ?, ?)", m.ID, p.PersonID, p.Role); err != nil {
			return err
		}
	}
	m.HeadCount = rules.Count(ps).Due
	return s.audit(tx, "meeting.participants.default", "meeting", m.ID, map[string]int{"count": len(ps)})
}

// peopleTx and unitsTx read the roster inside a transaction, roles included.
func peopleTx(tx *Tx) ([]data.Person, error) {
	rows, err := tx.Query(`SELECT p.id, p.name, ifnull(p.unit_id, 0), p.post, p.rank, p.active,
		ifnull((SELECT group_concat(role) FROM person_roles r WHERE r.person_id = p.id), '') FROM people p ORDER BY p.id`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []data.Person
	for rows.Next() {
		var p data.Person
		var roles string
		if err := rows.Scan(&p.ID, &p.Name, &p.UnitID, &p.Post, &p.Rank, &p.Active, &roles); err != nil {
			return nil, err
		}
		for _, r := range strings.Split(roles, ",") {
			if r != "" {
				p.Roles = append(p.Roles, data.Role(r))
			}
		}
		out = append(out, p)
	}
	return out, rows.Err()
}

func unitsTx(tx *Tx) ([]data.Unit, error) {
	rows, err := tx.Query("SELECT id, name, short_name, kind, sort_order FROM units ORDER BY id")
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []data.Unit
	for rows.Next() {
		var u data.Unit
		if err := rows.Scan(&u.ID, &u.Name, &u.ShortName, &u.Kind, &u.Order); err != nil {
			return nil, err
		}
		out = append(out, u)
	}
	return out, rows.Err()
}

// conflictsTx warns when a leader or the room of m is booked by another
// meeting, not cancelled, at an overlapping time.
func conflictsTx(tx *Tx, m data.Meeting) ([]string, error) {
	day := m.Day()
	rows, err := tx.Query(`SELECT m.id, m.title, m.starts_at, m.ends_at, m.place, m.chair_id FROM meetings m
		WHERE m.status <> 'cancelled' AND m.starts_at >= ? AND m.starts_at < ?`, day.Format(data.DateLayout), day.AddDate(0, 0, 1).Format(data.DateLayout))
	if err != nil {
		return nil, err
	}
	var bookings []rules.Booking
	for rows.Next() {
		var b rules.Booking
		var start, end string
		var chair int64
		if err := rows.Scan(&b.MeetingID, &b.Title, &start, &end, &b.Place, &chair); err != nil {
			rows.Close()
			return nil, err
		}
		if b.Start, err = time.Parse(clockLayout, start); err != nil {
			rows.Close()
			return nil, data.Wrap(data.EDamaged, err, "会议开始时间「%s」无效", start)
		}
		if b.End, err = time.Parse(clockLayout, end); err != nil {
			rows.Close()
			return nil, data.Wrap(data.EDamaged, err, "会议结束时间「%s」无效", end)
		}
		b.People = []int64{chair}
		bookings = append(bookings, b)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	var mine rules.Booking
	var others []rules.Booking
	for _, b := range bookings {
		ps, err := participantsTx(tx, b.MeetingID)
		if err != nil {
			return nil, err
		}
		b.Names = map[int64]string{}
		for _, p := range ps {
			// Leaders are the scarce people; a unit head may send a deputy.
			if p.Role != data.AttendStaff && rules.IsLeader(p.Person()) {
				b.People = append(b.People, p.PersonID)
				b.Names[p.PersonID] = p.Name
			}
		}
		if b.MeetingID == m.ID {
			mine = b
			b.Names[m.ChairID] = m.ChairName
		} else {
			others = append(others, b)
		}
	}
	if mine.MeetingID == 0 {
		return nil, nil
	}
	if mine.Names[m.ChairID] == "" {
		var name string
		if err := tx.QueryRow("SELECT name FROM people WHERE id = ?", m.ChairID).Scan(&name); err != nil {
			return nil, err
		}
		mine.Names[m.ChairID] = name
	}
	return rules.Conflicts(mine, others), nil
}

// MeetingConflicts reports the bookings that clash with a saved meeting.
func (s *Store) MeetingConflicts(ctx context.Context, id int64) ([]string, error) {
	var out []string
	err := s.tx(ctx, func(tx *Tx) error {
		m, err := meetingTx(tx, id)
		if err != nil {
			return err
		}
		out, err = conflictsTx(tx, m)
		return err
	})
	return out, err
}
