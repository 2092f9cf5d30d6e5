package gather

import (
	"context"
	"io"

	"huiwu/export/minutespdf"
	"huiwu/export/paper"
)

// MinutesPaper is a 纪要 as signed and issued (final), or its 审签单 for the
// leaders to sign by hand at any stage.
func (s Sources) MinutesPaper(ctx context.Context, id int64, final bool) (Writer, error) {
	r, err := s.Minutes.MinutesRecord(ctx, id)
	if err != nil {
		return nil, err
	}
	head, err := s.head(ctx)
	if err != nil {
		return nil, err
	}
	o, err := s.office(ctx)
	if err != nil {
		return nil, err
	}
	var p paper.Paper = minutespdf.SignOff(r, s.now())
	if final {
		m, err := minutespdf.Minutes(r)
		if err != nil {
			return nil, err
		}
		m.Office = o.Name // the issuing office, beside the date and in the 版记
		p = m
	}
	return func(w io.Writer) error { return minutespdf.Write(w, p, head) }, nil
}
