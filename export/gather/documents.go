package gather

import (
	"context"
	"io"
	"time"

	"huiwu/data"
	"huiwu/export/docpdf"
	"huiwu/export/paper"
	"huiwu/export/xlsx"
)

// DocBook is the documents workbook of the period from–to: the register,
// the countersigns and the documents awaiting 备案. The book is returned
// too, for the command line's count.
func (s Sources) DocBook(ctx context.Context, from, to time.Time) (xlsx.DocBook, Writer, error) {
	b := xlsx.DocBook{From: from, To: to, Today: s.now()}
	var err error
	if b.Docs, err = s.Documents.Documents(ctx, data.DocFilter{From: from, To: to}); err != nil {
		return b, nil, err
	}
	if b.Countersigns, err = s.Documents.Countersigns(ctx); err != nil {
		return b, nil, err
	}
	if b.Filing, err = s.Documents.AwaitingFiling(ctx); err != nil {
		return b, nil, err
	}
	b.AuditHead, err = s.head(ctx)
	return b, func(w io.Writer) error { return xlsx.Documents(w, b) }, err
}

// DocPaper is a document's 公文处理笺, or its 会签单 when countersign is set.
func (s Sources) DocPaper(ctx context.Context, id int64, countersign bool) (Writer, error) {
	r, err := s.Documents.DocRecord(ctx, id)
	if err != nil {
		return nil, err
	}
	opt, err := s.print(ctx)
	if err != nil {
		return nil, err
	}
	o, err := s.office(ctx)
	if err != nil {
		return nil, err
	}
	var p paper.Paper = docpdf.DocForm(r, s.now())
	if countersign {
		if p, err = docpdf.Countersign(r, s.now()); err != nil {
			return nil, err
		}
	}
	signDocForm(p, o)
	return func(w io.Writer) error { return paper.Write(w, p, opt) }, nil
}
