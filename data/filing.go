package data

import (
	"context"
	"time"
)

// Filing is a normative document a town or a department files with the
// 市政府 (十九): issued by its own authority, received within 15 days of
// issue, after public consultation and its own legal review, a matter
// affecting the public asked of the 市政府 beforehand; the 司法局 registers
// and reviews it, and one found unlawful, beyond the unit's powers or made
// against procedure is ordered amended or revoked.
type Filing struct {
	ID       int64
	UnitID   int64
	UnitName string // filled in by the store
	Title    string
	Number   string // 文号
	Issued   time.Time
	Received time.Time
	// What the filing shows was done before issue.
	Consulted    bool   // 公开征求意见
	OwnReview    bool   // reviewed by the unit's own 法制审核机构
	PublicMatter bool   // 涉及群众利益、社会关注度高
	AskedRef     string // the 事先请示's reference, "" when none
	// The 司法局's registration and review, and the order that follows.
	RegisteredOn time.Time
	Review       string // "", pass, conflict, ultra_vires, procedure
	ReviewedOn   time.Time
	Order        string // "", amend, revoke
	OrderRef     string
	OrderOn      time.Time
	Version      int64
}

// Normalize cleans the text fields and keeps the days as dates.
func (f *Filing) Normalize() {
	f.Title, f.Number, f.AskedRef = Clean(f.Title), Clean(f.Number), Clean(f.AskedRef)
	f.Issued, f.Received = dateOnly(f.Issued), dateOnly(f.Received)
}

// Validate checks a normalised filing's own fields.
func (f Filing) Validate() error {
	var v validator
	if f.UnitID == 0 {
		v.add("制定单位", "请选择制定单位")
	}
	v.text("标题", f.Title, true, MaxDocTitle)
	v.text("文号", f.Number, false, MaxDocNumber)
	v.text("请示文号", f.AskedRef, false, MaxDocNumber)
	switch {
	case f.Issued.IsZero():
		v.add("印发日期", "不能为空")
	case f.Received.IsZero():
		v.add("收到日期", "不能为空")
	case f.Received.Before(f.Issued):
		v.add("收到日期", "不能早于印发日期")
	}
	return v.err("备案登记")
}

// FilingService keeps the register of the normative documents towns and
// departments file with the 市政府 (十九): the filings of a year, a new one
// with what it shows was done, and each later step ("register", "review"
// with its result, "order" amend or revoke with its reference).
type FilingService interface {
	Filings(ctx context.Context, year int) ([]Filing, error)
	AddFiling(ctx context.Context, f Filing) (Filing, error)
	FilingStep(ctx context.Context, id int64, step, result, ref string, on time.Time) (Filing, error)
}
