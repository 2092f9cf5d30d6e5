package rules

import (
	"fmt"

	"huiwu/data"
)

// CheckIssued applies 五十 to a document issued in the name of the
// government or its office: its 公开属性 is settled with it, and a
// classified one has passed its 保密审查 by the day it is issued.
func CheckIssued(d data.IssuedDoc) error {
	if d.Disclosure == "" {
		return refuse(c50, "以市政府或市政府办公室名义印发的文件须明确公开属性（%s）", c50)
	}
	if d.Classification != "" && (d.SecrecyOn.IsZero() || d.SecrecyOn.After(d.IssuedOn)) {
		return refuse(c50, "涉密公文「%s」印发前须经保密审查（%s）", d.Title, c50)
	}
	return nil
}

// OverTarget applies 五十一 (从严控制发文数量) to a new document of a year
// that has count issued already: beyond the target the office set, it needs
// a recorded reason (an overridable refusal); no target, no limit.
func OverTarget(t data.IssueTally, reason string) error {
	if t.Target == 0 || t.Count < t.Target || reason != "" {
		return nil
	}
	return &data.RuleError{
		Err:     data.Errorf(data.EInvalid, "%d年以市政府及办公室名义发文已达 %d 件，达到年度目标 %d 件；确需发文的，请写明理由（%s）", t.Year, t.Count, t.Target, c51),
		Clauses: []data.Clause{c51}, Overridable: true,
	}
}

// TallyText is the year's count against the target, for the screens.
func TallyText(t data.IssueTally) string {
	s := fmt.Sprintf("%d年以市政府及办公室名义发文 %d 件", t.Year, t.Count)
	if t.Target > 0 {
		s += fmt.Sprintf("，年度目标 %d 件（%s）", t.Target, c51)
	}
	return s
}
