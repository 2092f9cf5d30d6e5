package gather

import (
	"context"

	"huiwu/data"
	"huiwu/export/meetingpdf"
	"huiwu/export/paper"
)

// office is the office's names and its secretary from the settings, or the
// defaults without an office service (screen tests): what every paper
// prints as its issuing office and as 经办人/记录人.
func (s Sources) office(ctx context.Context) (data.Office, error) {
	if s.Office == nil {
		return data.DefaultOffice, nil
	}
	return s.Office.Office(ctx)
}

// fonts are the office's own font files by role from the settings (设置 ›
// 公文印制); none without an office service (screen tests).
func (s Sources) fonts(ctx context.Context) (map[string]string, error) {
	if s.Office == nil {
		return nil, nil
	}
	p, err := s.Office.PaperSettings(ctx)
	return p.FontPaths(), err
}

// print is what every paper made from the data is written with: the audit
// head and the office's font files.
func (s Sources) print(ctx context.Context) (paper.Options, error) {
	head, err := s.head(ctx)
	if err != nil {
		return paper.Options{}, err
	}
	fonts, err := s.fonts(ctx)
	return paper.Options{AuditHead: head, FontPaths: fonts}, err
}

// NoticeInfo is the signing office and contact of the topic settings, dated
// today: what a notice and an invitation sign with unless told otherwise.
// The government and the office come from the office's settings; the topic
// settings' notice office, when set, signs instead.
func (s Sources) NoticeInfo(ctx context.Context) (meetingpdf.NoticeInfo, error) {
	ts, err := s.Topics.TopicSettings(ctx)
	if err != nil {
		return meetingpdf.NoticeInfo{}, err
	}
	o, err := s.office(ctx)
	if err != nil {
		return meetingpdf.NoticeInfo{}, err
	}
	if ts.NoticeOffice == "" {
		ts.NoticeOffice = o.Name
	}
	in := meetingpdf.InfoFrom(ts, s.now())
	in.Government = o.Government
	return in, nil
}

// signDocForm prints the office's name at the head of a 公文处理笺 and its
// secretary as the 拟办人 of a recorded opinion (a blank line to sign on
// when she is not named), never the login that happened to record it.
func signDocForm(p paper.Paper, o data.Office) {
	if f, ok := p.(*paper.DocForm); ok {
		f.Office = o.Name
		if f.Opinion != "" {
			f.OpinionBy = meetingpdf.OrLine(o.Secretary)
		}
	}
}
