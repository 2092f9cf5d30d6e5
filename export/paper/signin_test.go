package paper

import (
	"io"
	"strings"
	"testing"
	"time"

	"huiwu/export/typeset"
)

// The 签到表 is a ruled table: one row per person, the header row again at
// the top of every page, a long unit or post wrapped inside its cell, the
// 列席议题 in the 备注 column, and every character of every cell printed.
func TestSignInSheetIsARuledTable(t *testing.T) {
	s := &SignInSheet{
		Heading: "市政府第2次全体会议签到表", Time: "2026年7月14日（星期二）上午9:00—11:30", Place: "一楼报告厅",
		Date: Date{Time: time.Date(2026, 7, 14, 0, 0, 0, 0, time.UTC)}, Recorder: "褚婧",
	}
	g := SignInGroup{Name: "出席", Footer: "应到40人，实到　　人，请假0人，缺席　　人"}
	for i := range 40 {
		r := SignInRow{Name: "吴红" + string(rune('甲'+i)), Unit: "溧阳市教育局", Post: "局长"}
		if i == 5 {
			r.Unit, r.Post = "溧阳市人力资源和社会保障局", "党组书记、局长，市社会保险基金管理中心主任"
		}
		if i == 7 {
			r.Remark = "列席议题：农村公路提档升级三年行动计划"
		}
		g.Rows = append(g.Rows, r)
	}
	s.Groups = []SignInGroup{g}
	if err := s.Validate(); err != nil {
		t.Fatal(err)
	}
	lay, err := Render(s, io.Discard, DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	heads := map[int]int{}
	var all strings.Builder
	for _, l := range lay.Lines {
		switch l.Style {
		case "signin-head":
			if l.Text == "序号" {
				heads[l.Page]++
			}
		case "signin-cell":
			all.WriteString(l.Text + "|")
		}
	}
	if lay.Pages < 2 {
		t.Fatalf("40 rows on %d page", lay.Pages)
	}
	for p := 1; p <= lay.Pages; p++ {
		if heads[p] != 1 {
			t.Errorf("page %d has %d header rows, want 1", p, heads[p])
		}
	}
	text := all.String()
	for i := range 40 {
		if n := strings.Count(text, "吴红"+string(rune('甲'+i))+"|"); n != 1 {
			t.Errorf("row %d printed %d times", i+1, n)
		}
	}
	joined := strings.ReplaceAll(text, "|", "")
	for _, want := range []string{"溧阳市人力资源和社会保障局", "党组书记、局长，市社会保险基金管理中心主任", "列席议题：农村公路提档升级三年行动计划"} {
		if !strings.Contains(joined, want) {
			t.Errorf("cell text %q lost:\n%s", want, text)
		}
	}
	// Every cell line stays inside its column's rules.
	var cols []float64
	x := typeset.MarginLeft
	for _, c := range signInColumns {
		cols = append(cols, x)
		x += c.Width
	}
	cols = append(cols, x)
	for _, l := range lay.Lines {
		if l.Style != "signin-cell" {
			continue
		}
		i := 0
		for i+1 < len(cols) && cols[i+1] <= l.X {
			i++
		}
		if l.Right > cols[i+1]+0.01 {
			t.Errorf("%q runs from %.1f to %.1f over its column's rule at %.1f", l.Text, l.X, l.Right, cols[i+1])
		}
	}
	// The totals and the recorder follow the last row on its page.
	last := map[string]int{}
	for _, l := range lay.Lines {
		last[l.Text] = l.Page
	}
	if last["吴红"+string(rune('甲'+39))] != last["记录人：褚婧"] {
		t.Errorf("last row on page %d, recorder on page %d", last["吴红"+string(rune('甲'+39))], last["记录人：褚婧"])
	}
	var vrules int
	for _, r := range lay.Rules {
		if r.X1 == r.X2 && r.Y2 > r.Y {
			vrules++
		}
	}
	if vrules == 0 {
		t.Error("no column rules drawn")
	}
}
