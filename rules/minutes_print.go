package rules

import "huiwu/data"

// DraftPrintable applies 四十六: the office prints the draft 纪要 (送审稿) for
// the leader at any stage before 签发; once signed, the 纪要 itself is
// printed and the draft no longer is. A draft needs a text to print.
func DraftPrintable(n data.Minutes, text data.MinutesVersion) error {
	if n.Locked() {
		return refuse(c46, "纪要 %s 已签发，请打印正式纪要，不再打印送审稿（%s）", n.IssueText(), c46)
	}
	if text.N == 0 {
		return refuse(c46, "纪要 %s 还没有保存正文，无法打印送审稿", n.IssueText())
	}
	return nil
}
