package data

import (
	"context"
	"slices"
	"time"
)

// Issuer is in whose name a document is issued (五十, 五十一).
type Issuer string

// The two names the office issues in.
const (
	IssuerGovernment Issuer = "government" // 市政府
	IssuerOffice     Issuer = "office"     // 市政府办公室
)

// IssuedDoc is a document issued in the name of the government or its
// office: its 公开属性 is settled with it (五十), and a classified one has
// its 保密审查.
type IssuedDoc struct {
	ID             int64
	Number         string // 溧政发〔2026〕12号
	Title          string
	Issuer         Issuer
	IssuedOn       time.Time
	Disclosure     string // 主动公开, 依申请公开, 不予公开
	Classification string // 密级, "" when none
	SecrecyOn      time.Time
	Version        int64
	// Override is the reason to issue beyond the year's target (五十一);
	// it is audited with the save, not kept on the record.
	Override string
}

// Normalize cleans the texts and drops the time of day.
func (d *IssuedDoc) Normalize() {
	d.Number, d.Title, d.Override = Clean(d.Number), Clean(d.Title), Clean(d.Override)
	d.IssuedOn, d.SecrecyOn = dateOnly(d.IssuedOn), dateOnly(d.SecrecyOn)
}

// Validate checks a normalised issued document's own fields.
func (d IssuedDoc) Validate() error {
	var v validator
	v.text("文号", d.Number, true, MaxDocNumber)
	v.text("标题", d.Title, true, MaxDocTitle)
	if d.Issuer != IssuerGovernment && d.Issuer != IssuerOffice {
		v.add("发文名义", "请选择市政府或市政府办公室")
	}
	if d.IssuedOn.IsZero() {
		v.add("印发日期", "不能为空")
	}
	if !slices.Contains(Classifications, d.Classification) {
		v.add("密级", "未知密级「%s」", d.Classification)
	}
	if d.Disclosure != "" && !slices.Contains(Disclosures, d.Disclosure) {
		v.add("公开属性", "未知公开属性「%s」", d.Disclosure)
	}
	return v.err("发文")
}

// IssueTally is a year's count of documents issued in the government's
// name against the target the office set (五十一; Target 0: none set).
type IssueTally struct {
	Year, Count, Target int
}

// IssuedService keeps the register of documents issued (五十, 五十一).
type IssuedService interface {
	IssuedDocs(ctx context.Context, year int) ([]IssuedDoc, IssueTally, error)
	SaveIssuedDoc(ctx context.Context, d IssuedDoc) (IssuedDoc, error)
}
