package store

import (
	"context"
	"database/sql"
	"errors"
	"strings"

	"huiwu/data"
	"huiwu/export/typeset"
	"huiwu/rules"
)

// How the office's papers are printed lives in settings under these keys:
// one per font role (paper.font.fangsong …) and the notices' prefix.
const (
	keyFontPrefix   = "paper.font."
	keyNoticePrefix = "paper.notice_prefix"
)

// PaperSettings returns the office's font files by role (the roles not set
// are absent) and the prefix of its notices' 发文字号 as set ("" when the
// default made from the government's name applies).
func (s *Store) PaperSettings(ctx context.Context) (data.PaperSettings, error) {
	p := data.PaperSettings{Fonts: map[string]string{}}
	for _, r := range data.FontRoles {
		v, err := s.Setting(ctx, keyFontPrefix+r.Key)
		if err != nil {
			return p, err
		}
		if v != "" {
			p.Fonts[r.Key] = v
		}
	}
	var err error
	p.NoticePrefix, err = s.Setting(ctx, keyNoticePrefix)
	return p, err
}

// SetPaperSettings checks each font file given — it exists, is a TrueType
// font the PDF can embed and has the Chinese characters its role sets
// (typeset.CheckFontFile) — and saves every setting in one transaction with
// their audit entries; a refused file saves nothing, its problem under its
// role naming the path. A role left empty prints with the bundled face.
func (s *Store) SetPaperSettings(ctx context.Context, p data.PaperSettings) error {
	clean := data.PaperSettings{Fonts: map[string]string{}, NoticePrefix: data.Clean(p.NoticePrefix)}
	for k, v := range p.Fonts {
		clean.Fonts[k] = strings.TrimSpace(v)
	}
	if err := clean.Validate(); err != nil {
		return err
	}
	var problems []data.Problem
	for _, r := range data.FontRoles {
		if path := clean.Fonts[r.Key]; path != "" {
			if err := typeset.CheckFontFile(typeset.Role(r.Key), path); err != nil {
				problems = append(problems, data.Problem{Field: r.Field, Message: err.Error()})
			}
		}
	}
	if len(problems) > 0 {
		return &data.Error{Code: data.EInvalid, Message: "字体设置未保存", Problems: problems}
	}
	return s.tx(ctx, func(tx *Tx) error {
		for _, r := range data.FontRoles {
			if err := s.setSetting(tx, keyFontPrefix+r.Key, clean.Fonts[r.Key]); err != nil {
				return err
			}
		}
		return s.setSetting(tx, keyNoticePrefix, clean.NoticePrefix)
	})
}

// nextNoticeNumber gives the next 发文字号 of year in the transaction of
// the notice's issue: the year's counter moves on by one (rules.
// NextNoticeSeq), with the prefix set, else the one made from the
// government's name. The number goes into the issue's own audit entry.
func (s *Store) nextNoticeNumber(tx *Tx, year int) (string, error) {
	var last int
	err := tx.QueryRow("SELECT last FROM notice_numbers WHERE year = ?", year).Scan(&last)
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return "", err
	}
	seq := rules.NextNoticeSeq(last)
	if _, err := tx.Exec("INSERT INTO notice_numbers (year, last) VALUES (?, ?) ON CONFLICT (year) DO UPDATE SET last = excluded.last", year, seq); err != nil {
		return "", err
	}
	prefix, err := settingTx(tx, keyNoticePrefix)
	if err != nil || prefix != "" {
		return rules.NoticeNumber(prefix, year, seq), err
	}
	government, err := settingTx(tx, keyGovernment)
	if err != nil {
		return "", err
	}
	if government == "" {
		government = data.DefaultOffice.Government
	}
	return rules.NoticeNumber(rules.DefaultNoticePrefix(government), year, seq), nil
}
