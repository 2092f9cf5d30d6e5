package rules

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// NoticeNumber is a notice's 发文字号 as printed in its 版头 (formats.md,
// Masthead §7.2; GB/T 9704 §7.2.4): the 机关代字, the year in full inside
// 六角括号 〔〕 (U+3014/U+3015), the sequence number with no 第 and no
// leading zero, then 号 — 溧政办〔2026〕12号.
func NoticeNumber(prefix string, year, seq int) string {
	return fmt.Sprintf("%s〔%d〕%d号", prefix, year, seq)
}

// DefaultNoticePrefix is the 机关代字 of an office's notices when none is
// set: the first character of the government's name and 政办, the
// customary code of a municipal government's office (溧阳市人民政府 →
// 溧政办); 政办 alone for a name that gives none.
func DefaultNoticePrefix(government string) string {
	g := strings.TrimSpace(government)
	if g == "" {
		return "政办"
	}
	r, _ := utf8.DecodeRuneInString(g)
	return string(r) + "政办"
}

// NextNoticeSeq is the sequence number the next notice of a year takes:
// one after the last given that year (0 when none was), so that a number
// once given is never given again, whatever became of its meeting.
func NextNoticeSeq(last int) int { return last + 1 }
