package store

import (
	"context"
	"database/sql"
	"strconv"
	"strings"

	"huiwu/data"
	"huiwu/rules"
)

// Settings of the topic deadline (四十一) and of materials.
const (
	SettingTopicDeadlineDay       = "topic.deadline_day"
	SettingTopicDeadlineInclusive = "topic.deadline_inclusive"
	SettingMaterialMaxMB          = "topic.material_max_mb"
	SettingNoticeOffice           = "topic.notice_office"
	SettingNoticeContact          = "topic.notice_contact"
	DefaultMaterialMaxMB          = 200
)

func settingTx(tx *Tx, key string) (string, error) {
	var v string
	err := tx.QueryRow("SELECT value FROM settings WHERE key = ?", key).Scan(&v)
	if err == sql.ErrNoRows {
		return "", nil
	}
	return v, err
}

func (s *Store) deadlineTx(tx *Tx) (rules.Deadline, error) {
	dl := rules.DefaultDeadline
	day, err := settingTx(tx, SettingTopicDeadlineDay)
	if err != nil {
		return dl, err
	}
	if day != "" {
		if dl.Day, err = strconv.Atoi(day); err != nil || dl.Day < 1 || dl.Day > 28 {
			return dl, data.Errorf(data.EInvalid, "设置 %s 的值「%s」不是 1 到 28 之间的日期", SettingTopicDeadlineDay, day)
		}
	}
	inc, err := settingTx(tx, SettingTopicDeadlineInclusive)
	if inc == "0" {
		dl.Inclusive = false
	}
	return dl, err
}

// TopicSettings reads the deadline and material settings, defaults filled.
func (s *Store) TopicSettings(ctx context.Context) (data.TopicSettings, error) {
	out := data.TopicSettings{DeadlineDay: rules.DefaultDeadline.Day, DeadlineInclusive: true, MaxMaterialMB: DefaultMaterialMaxMB}
	err := s.docRead(ctx, func(tx *Tx) error {
		dl, err := s.deadlineTx(tx)
		out.DeadlineDay, out.DeadlineInclusive = dl.Day, dl.Inclusive
		return err
	})
	if err != nil {
		return out, err
	}
	if out.MaxMaterialMB, err = s.intSetting(ctx, SettingMaterialMaxMB, DefaultMaterialMaxMB); err != nil {
		return out, err
	}
	if out.NoticeOffice, err = s.Setting(ctx, SettingNoticeOffice); err != nil {
		return out, err
	}
	out.NoticeContact, err = s.Setting(ctx, SettingNoticeContact)
	return out, err
}

// SaveTopicSettings checks and saves the topic settings, audited.
func (s *Store) SaveTopicSettings(ctx context.Context, ts data.TopicSettings) error {
	var ps []data.Problem
	if ts.DeadlineDay < 1 || ts.DeadlineDay > 28 {
		ps = append(ps, data.Problem{Field: "申报截止日", Message: "应在每月 1 日到 28 日之间"})
	}
	if ts.MaxMaterialMB < 1 || ts.MaxMaterialMB > 4096 {
		ps = append(ps, data.Problem{Field: "材料大小上限", Message: "应在 1 到 4096 MB 之间"})
	}
	ts.NoticeOffice, ts.NoticeContact = data.Clean(ts.NoticeOffice), data.Clean(ts.NoticeContact)
	for _, f := range []struct{ name, v string }{{"通知署名", ts.NoticeOffice}, {"联系人", ts.NoticeContact}} {
		if len([]rune(f.v)) > 100 || strings.ContainsAny(f.v, "\r\n\t") {
			ps = append(ps, data.Problem{Field: f.name, Message: "不能超过 100 个字，不能换行"})
		}
	}
	if len(ps) > 0 {
		return &data.Error{Code: data.EInvalid, Message: "设置未保存", Problems: ps}
	}
	inc := "1"
	if !ts.DeadlineInclusive {
		inc = "0"
	}
	return s.tx(ctx, func(tx *Tx) error {
		for k, v := range map[string]string{
			SettingTopicDeadlineDay: strconv.Itoa(ts.DeadlineDay), SettingTopicDeadlineInclusive: inc, SettingMaterialMaxMB: strconv.Itoa(ts.MaxMaterialMB),
			SettingNoticeOffice: ts.NoticeOffice, SettingNoticeContact: ts.NoticeContact,
		} {
			if err := s.setSetting(tx, k, v); err != nil {
				return err
			}
		}
		return nil
	})
}
