package store

import (
	"context"
	"database/sql"
	"slices"
	"strconv"
	"strings"
	"time"

	"huiwu/data"
)

// The 桌签 settings' keys (the others are beside meetingSettings).
const (
	SettingCardFace = "meeting.card_face"
	SettingCardSize = "meeting.card_size_pt"
)

// MeetingSettings reads the meeting settings with the work rules' defaults.
func (s *Store) MeetingSettings(ctx context.Context) (data.MeetingSettings, error) {
	cfg, err := s.meetingSettings(ctx)
	if err != nil {
		return data.MeetingSettings{}, err
	}
	out := data.MeetingSettings{
		StandingObservers: cfg.standing, PerTerm: cfg.numbering.PerTerm, TermStart: cfg.numbering.TermStart,
		LateGraceMinutes: int(cfg.grace / time.Minute), CardFace: "hei", CardSizePt: 110,
	}
	var face, size string
	err = s.conn().QueryRowContext(ctx, `SELECT ifnull((SELECT value FROM settings WHERE key = ?), ''), ifnull((SELECT value FROM settings WHERE key = ?), '')`,
		SettingCardFace, SettingCardSize).Scan(&face, &size)
	if err != nil {
		return out, classify(err, "读取设置")
	}
	if face != "" {
		out.CardFace = face
	}
	if size != "" {
		if out.CardSizePt, err = strconv.ParseFloat(size, 64); err != nil {
			return out, data.Errorf(data.EInvalid, "设置「桌签字号」的值「%s」无效", size)
		}
	}
	return out, nil
}

// SaveMeetingSettings writes the meeting settings in one transaction, each
// changed key in the audit log. Standing 列席 units must be in the roster.
func (s *Store) SaveMeetingSettings(ctx context.Context, ms data.MeetingSettings) error {
	for i := range ms.StandingObservers {
		ms.StandingObservers[i] = data.Clean(ms.StandingObservers[i])
	}
	ms.StandingObservers = slices.DeleteFunc(ms.StandingObservers, func(u string) bool { return u == "" })
	if err := ms.Validate(); err != nil {
		return err
	}
	return s.tx(ctx, func(tx *Tx) error {
		for _, u := range ms.StandingObservers {
			var n int
			if err := tx.QueryRow("SELECT count(*) FROM units WHERE name = ? OR short_name = ?", u, u).Scan(&n); err != nil {
				return err
			}
			if n == 0 {
				return &data.Error{Code: data.EInvalid, Message: "会议设置未保存", Problems: []data.Problem{{Field: "常务会议列席单位", Message: "名册中没有单位「" + u + "」"}}}
			}
		}
		numbering, term := "year", ""
		if ms.PerTerm {
			numbering, term = "term", ms.TermStart.Format(data.DateLayout)
		}
		values := map[string]string{
			SettingStandingObservers: strings.Join(ms.StandingObservers, "、"),
			SettingNumbering:         numbering,
			SettingTermStart:         term,
			SettingLateGrace:         strconv.Itoa(ms.LateGraceMinutes),
			SettingCardFace:          ms.CardFace,
			SettingCardSize:          strconv.FormatFloat(ms.CardSizePt, 'f', -1, 64),
		}
		return s.writeSettingsTx(tx, values)
	})
}

// writeSettingsTx writes the settings in values that changed, each with
// its audit entry (old and new value), in a stable order.
func (s *Store) writeSettingsTx(tx *Tx, values map[string]string) error {
	keys := make([]string, 0, len(values))
	for k := range values {
		keys = append(keys, k)
	}
	slices.Sort(keys) // a stable audit order
	for _, k := range keys {
		var old string
		err := tx.QueryRow("SELECT value FROM settings WHERE key = ?", k).Scan(&old)
		if err != nil && err != sql.ErrNoRows {
			return err
		}
		if err == nil && old == values[k] {
			continue
		}
		if _, err := tx.Exec("INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value", k, values[k]); err != nil {
			return err
		}
		if err := s.audit(tx, "setting.set", "setting", 0, map[string]string{"key": k, "value": values[k], "old": old}); err != nil {
			return err
		}
	}
	return nil
}
