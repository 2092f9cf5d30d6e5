package rules

import (
	"fmt"
	"time"

	"huiwu/data"
)

// The register of normative documents that towns and departments file with
// the 市政府 (十九).

// Review outcomes of the 司法局 on a filing, and the orders that follow.
const (
	FilingPass       = "pass"        // 未发现问题
	FilingConflict   = "conflict"    // 与上位法抵触
	FilingUltraVires = "ultra_vires" // 超越权限
	FilingProcedure  = "procedure"   // 违反程序
	OrderAmend       = "amend"       // 责令修改
	OrderRevoke      = "revoke"      // 予以撤销
)

var filingNames = map[string]string{
	FilingPass: "未发现问题", FilingConflict: "与上位法抵触", FilingUltraVires: "超越权限", FilingProcedure: "违反程序",
	OrderAmend: "责令修改", OrderRevoke: "予以撤销",
}

// FilingName is a review outcome's or an order's Chinese name.
func FilingName(code string) string { return filingNames[code] }

// FilingUnit tells whether a unit of kind k files its normative documents
// with the 市政府: a town or a department of the government.
func FilingUnit(k data.UnitKind) bool {
	return k == data.KindTown || k == data.KindDepartment || k == data.KindAffiliated
}

// FilingFlags are what a filing lacks under 十九, each with the clause: filed
// more than 15 days after issue, no public consultation, no legal review
// of its own, a matter affecting the public not asked of the 市政府
// beforehand. They are kept with the filing, which is registered all the
// same: the register records what came in.
func FilingFlags(f data.Filing) []Breach {
	var out []Breach
	if due := FilingDue(f.Issued); f.Received.After(due) {
		out = append(out, Breach{Clause: c19, Message: fmt.Sprintf("印发后 15 日内报送备案，期限 %s，%s 才收到",
			due.Format(data.DateLayout), f.Received.Format(data.DateLayout))})
	}
	if !f.Consulted {
		out = append(out, Breach{Clause: c19, Message: "未公开征求意见"})
	}
	if !f.OwnReview {
		out = append(out, Breach{Clause: c19, Message: "未经本单位法制审核机构合法性审查"})
	}
	if f.PublicMatter && f.AskedRef == "" {
		out = append(out, Breach{Clause: c19, Message: "涉及群众利益、社会关注度高的事项，未事先请示市政府"})
	}
	return out
}

// RegisterFiling decides the 司法局's registration of filing f on day on:
// once, not before it was received.
func RegisterFiling(f data.Filing, on time.Time) error {
	switch {
	case !f.RegisteredOn.IsZero():
		return refuse(c19, "「%s」已于 %s 备案登记", f.Title, f.RegisteredOn.Format(data.DateLayout))
	case on.IsZero():
		return refuseField(c19, "备案登记未保存", "登记日期", "不能为空")
	case dateOf(on).Before(f.Received):
		return refuseField(c19, "备案登记未保存", "登记日期", "不能早于收到日期 "+f.Received.Format(data.DateLayout))
	}
	return nil
}

// ReviewFiling decides the 司法局's review of a registered filing: one
// outcome, once, not before registration.
func ReviewFiling(f data.Filing, result string, on time.Time) error {
	switch {
	case f.RegisteredOn.IsZero():
		return refuse(c19, "「%s」尚未备案登记，不能审查", f.Title)
	case f.Review != "":
		return refuse(c19, "「%s」已审查：%s", f.Title, FilingName(f.Review))
	case result != FilingPass && result != FilingConflict && result != FilingUltraVires && result != FilingProcedure:
		return refuseField(c19, "审查未保存", "审查结论", "应为未发现问题、与上位法抵触、超越权限或违反程序")
	case on.IsZero() || dateOf(on).Before(f.RegisteredOn):
		return refuseField(c19, "审查未保存", "审查日期", "不能为空，且不早于登记日期")
	}
	return nil
}

// OrderFiling decides the order the 市政府 gives on a filing the 司法局
// found at fault: to amend or to revoke it, by a reference, once.
func OrderFiling(f data.Filing, order, ref string, on time.Time) error {
	switch {
	case f.Review == "" || f.Review == FilingPass:
		return refuse(c19, "「%s」审查未发现问题，无须责令修改或撤销", f.Title)
	case f.Order != "":
		return refuse(c19, "「%s」已%s", f.Title, FilingName(f.Order))
	case order != OrderAmend && order != OrderRevoke:
		return refuseField(c19, "处理未保存", "处理", "应为责令修改或予以撤销")
	case ref == "":
		return refuseField(c19, "处理未保存", "文号", "不能为空")
	case on.IsZero() || dateOf(on).Before(f.ReviewedOn):
		return refuseField(c19, "处理未保存", "日期", "不能为空，且不早于审查日期")
	}
	return nil
}

// FilingNext is the step a filing waits for under 十九, in the office's
// words, and whether it is the 市政府's own (the order on a filing found
// at fault); "" when no step is left.
func FilingNext(f data.Filing) (next string, government bool) {
	switch {
	case f.RegisteredOn.IsZero():
		return fmt.Sprintf("待司法局备案登记（%s）", c19), false
	case f.Review == "":
		return fmt.Sprintf("待司法局审查（%s）", c19), false
	case f.Review != FilingPass && f.Order == "":
		return fmt.Sprintf("%s，待报请市政府责令修改或予以撤销（%s）", FilingName(f.Review), c19), true
	}
	return "", false
}
