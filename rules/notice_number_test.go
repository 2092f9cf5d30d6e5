package rules

import "testing"

// formats.md, Masthead (版头, §7.2; GB/T 9704 §7.2.4): the 发文字号 is the
// 机关代字, the full year in 六角括号 〔〕, the number without 第 or leading
// zeros, and 号.
func TestNoticeNumberFormat版头发文字号(t *testing.T) {
	tests := []struct {
		prefix    string
		year, seq int
		want      string
	}{
		{"溧政办", 2026, 12, "溧政办〔2026〕12号"},
		{"溧政办", 2026, 1, "溧政办〔2026〕1号"},     // no leading zero: not 01 or 001
		{"溧政办", 2027, 105, "溧政办〔2027〕105号"}, // the year in full, no 第
		{"宜政办发", 2026, 3, "宜政办发〔2026〕3号"},
	}
	for _, tt := range tests {
		if got := NoticeNumber(tt.prefix, tt.year, tt.seq); got != tt.want {
			t.Errorf("NoticeNumber(%q, %d, %d) = %q, want %q", tt.prefix, tt.year, tt.seq, got, tt.want)
		}
	}
}

// The default 机关代字 is made from the government's name.
func TestDefaultNoticePrefix版头发文字号(t *testing.T) {
	tests := []struct{ government, want string }{
		{"溧阳市人民政府", "溧政办"},
		{"宜兴市人民政府", "宜政办"},
		{" ", "政办"},
	}
	for _, tt := range tests {
		if got := DefaultNoticePrefix(tt.government); got != tt.want {
			t.Errorf("DefaultNoticePrefix(%q) = %q, want %q", tt.government, got, tt.want)
		}
	}
}

// A year's numbers run on from the last one given: the first is 1.
func TestNextNoticeSeq版头发文字号(t *testing.T) {
	for _, tt := range []struct{ last, want int }{{0, 1}, {1, 2}, {11, 12}} {
		if got := NextNoticeSeq(tt.last); got != tt.want {
			t.Errorf("NextNoticeSeq(%d) = %d, want %d", tt.last, got, tt.want)
		}
	}
}
