package gather

import (
	"context"
	"io"

	"huiwu/data"
	"huiwu/export/minutespdf"
	"huiwu/export/paper"
)

// MinutesPaper is a 纪要 as signed and issued (final), or its 审签单 for the
// leaders to sign by hand at any stage.
func (s Sources) MinutesPaper(ctx context.Context, id int64, final bool) (Writer, error) {
	return s.minutesWriter(ctx, id, func(r data.MinutesRecord) (paper.Paper, error) {
		if !final {
			return minutespdf.SignOff(r, s.now()), nil
		}
		m, err := minutespdf.Minutes(r)
		if err != nil {
			return nil, err
		}
		return m, s.issuedBy(ctx, m)
	})
}

// issuedBy names the office from the settings on a 纪要 or its 送审稿: the
// issuing office, beside the date and in the 版记.
func (s Sources) issuedBy(ctx context.Context, m *paper.Minutes) error {
	o, err := s.office(ctx)
	m.Office = o.Name
	return err
}

// MinutesDraft is the 送审稿 of a 纪要: its newest text printed for the leader
// at any stage before 签发, marked as a draft with its version and date.
func (s Sources) MinutesDraft(ctx context.Context, id int64) (Writer, error) {
	return s.minutesWriter(ctx, id, func(r data.MinutesRecord) (paper.Paper, error) {
		m, err := minutespdf.Draft(r)
		if err != nil {
			return nil, err
		}
		return m, s.issuedBy(ctx, m)
	})
}

// minutesWriter reads the 纪要 whole, builds its paper and writes it with
// the audit head and the office's fonts.
func (s Sources) minutesWriter(ctx context.Context, id int64, build func(data.MinutesRecord) (paper.Paper, error)) (Writer, error) {
	r, err := s.Minutes.MinutesRecord(ctx, id)
	if err != nil {
		return nil, err
	}
	opt, err := s.print(ctx)
	if err != nil {
		return nil, err
	}
	p, err := build(r)
	if err != nil {
		return nil, err
	}
	return func(w io.Writer) error { return paper.Write(w, p, opt) }, nil
}
