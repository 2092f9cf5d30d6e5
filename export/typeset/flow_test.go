package typeset

import (
	"fmt"
	"strings"
	"testing"
)

// oneLine is a body paragraph of one line; threeLines one of three.
const oneLine = "会议要求各单位抓好落实。"

var threeLines = strings.Repeat("各地各部门要坚持稳中求进工作总基调，紧盯年度目标任务。", 2)

// fill sets n one-line paragraphs, so that the next free line is n.
func fill(d *Document, n int) {
	for range n {
		d.Text(Body, oneLine)
	}
}

// emptyFoot is how many grid lines are left empty at the foot of page p.
func emptyFoot(lay Layout, p int) int {
	last := -1
	for _, l := range lay.Lines {
		if l.Page == p && l.GridLine > last {
			last = l.GridLine
		}
	}
	return LinesPerPage - 1 - last
}

// placed returns the page and grid line of the first line starting with s.
func placed(lay Layout, s string) (int, int) {
	for _, l := range lay.Lines {
		if strings.HasPrefix(l.Text, s) {
			return l.Page, l.GridLine
		}
	}
	return 0, -1
}

// TestPagination: a heading keeps the first two lines of what follows and
// no more; a run-in heading moves only its first three lines; the
// signature keeps the text's last line. Each case asserts the exact number
// of empty lines left at page 1's foot.
func TestPagination(t *testing.T) {
	runIn := []Span{{Text: "三、对象："}, {Text: strings.Repeat("全市各镇（街道）党政办公室主任，市各委办局办公室主任、文秘人员。", 6), Role: Fangsong}}
	cases := []struct {
		name      string
		before    int // one-line paragraphs before
		set       func(d *Document)
		foot      int    // empty lines at page 1's foot
		first     string // a line that starts …
		page, row int    // … on this page and grid line
	}{
		{"heading_and_two_lines_that_exactly_fit_stay", 19, func(d *Document) { d.Text(Heading(1), "一、总体要求"); d.Text(Body, threeLines) }, 0, "一、总体要求", 1, 19},
		{"heading_with_room_for_one_line_moves_leaving_two", 20, func(d *Document) { d.Text(Heading(1), "一、总体要求"); d.Text(Body, threeLines) }, 2, "一、总体要求", 2, 0},
		{"heading_on_the_last_line_moves_leaving_one", 21, func(d *Document) { d.Text(Heading(1), "一、总体要求"); d.Text(Body, threeLines) }, 1, "一、总体要求", 2, 0},
		{"heading_and_a_one_line_paragraph_stay_together", 20, func(d *Document) {
			d.Text(Heading(1), "一、总体要求")
			d.Text(Body, oneLine)
			d.Text(Body, threeLines)
		}, 0, "一、总体要求", 1, 20},
		{"two_headings_and_two_lines_move_together", 19, func(d *Document) {
			d.Text(Heading(1), "一、总体要求")
			d.Text(Heading(2), "（一）加强组织领导。")
			d.Text(Body, threeLines)
		}, 3, "一、总体要求", 2, 0},
		{"seven_line_run_in_heading_splits_leaving_none", 17, func(d *Document) { d.Paragraph(Heading(1), runIn...) }, 0, "三、对象：", 1, 17},
		{"run_in_heading_keeps_its_next_two_lines", 20, func(d *Document) { d.Paragraph(Heading(1), runIn...) }, 2, "三、对象：", 2, 0},
		{"signature_and_date_that_fit_stay", 19, func(d *Document) { d.Signature("溧阳市人民政府", "2026年5月8日") }, 0, "溧阳市人民政府", 1, 20},
		{"signature_takes_the_last_text_line_along", 21, func(d *Document) { d.Signature("溧阳市人民政府", "2026年5月8日") }, 2, "溧阳市人民政府", 2, 2},
		{"date_alone_takes_the_name_and_a_text_line", 20, func(d *Document) { d.Signature("溧阳市人民政府", "2026年5月8日") }, 3, "溧阳市人民政府", 2, 2},
		// 附件说明 and signature: 1 text line + blank + note + blank + name + date
		// do not fit after 18 lines; the last text line goes along (§7.3.5.5).
		{"attachment_note_takes_the_last_text_line_along", 18, func(d *Document) {
			d.AttachmentNote([]string{"创建方案"})
			d.Signature("溧阳市人民政府", "2026年5月8日")
		}, 5, "附件：创建方案", 2, 2},
		{"attachment_note_and_signature_that_fit_stay", 17, func(d *Document) {
			d.AttachmentNote([]string{"创建方案"})
			d.Signature("溧阳市人民政府", "2026年5月8日")
		}, 0, "附件：创建方案", 1, 18},
		{"empty_lines_do_not_open_a_page", 21, func(d *Document) { d.Skip(2); d.Text(Body, "二〇二六年") }, 1, "二〇二六年", 2, 0},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := newDoc(t)
			fill(d, c.before)
			c.set(d)
			finish(t, d)
			lay := d.Layout()
			if got := emptyFoot(lay, 1); got != c.foot {
				t.Errorf("%d empty lines at page 1's foot, want %d", got, c.foot)
			}
			if p, g := placed(lay, c.first); p != c.page || g != c.row {
				t.Errorf("%q on page %d line %d, want page %d line %d", c.first, p, g, c.page, c.row)
			}
		})
	}
}

// TestKeepBlock: a block set with Keep moves whole to the next page, and a
// block longer than a page starts a page and flows on from there.
func TestKeepBlock(t *testing.T) {
	d := newDoc(t)
	fill(d, 18)
	d.Keep(func() {
		d.Text(Body, "签发：")
		d.Skip(1)
		d.Text(Body, threeLines)
	})
	finish(t, d)
	lay := d.Layout()
	if got := emptyFoot(lay, 1); got != 4 {
		t.Errorf("%d empty lines at page 1's foot, want 4", got)
	}
	if p, g := placed(lay, "签发："); p != 2 || g != 0 {
		t.Errorf("block starts on page %d line %d, want page 2 line 0", p, g)
	}

	d = newDoc(t)
	fill(d, 3)
	d.Keep(func() { fill(d, 30) })
	finish(t, d)
	if lay := d.Layout(); emptyFoot(lay, 1) != 19 || emptyFoot(lay, 2) != 0 || lay.Pages != 3 {
		t.Errorf("a 30-line block: %d pages, %d and %d empty at the foot of pages 1 and 2; want 3 pages, 19 and 0",
			lay.Pages, emptyFoot(lay, 1), emptyFoot(lay, 2))
	}
}

// TestColophonOnAnEvenPage: with EvenColophon the 版记 goes on an even
// page, with an unnumbered blank page before it when the text ends on an
// even page without room; without it the 版记 stays on the text's page.
func TestColophonOnAnEvenPage(t *testing.T) {
	cases := []struct {
		name          string
		even          bool
		lines         int // one-line paragraphs of text
		pages, colo   int
		numbered      []int
		blankUnnumber int // 0: none
	}{
		{"text_on_page_1_with_room_moves_to_page_2", true, 5, 2, 2, []int{1}, 0},
		{"text_ending_on_page_2_with_room_stays", true, 30, 2, 2, []int{1, 2}, 0},
		{"text_filling_page_2_gets_a_blank_page_3", true, 44, 4, 4, []int{1, 2}, 3},
		{"single_sided_keeps_the_text_page", false, 5, 1, 1, []int{1}, 0},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d, err := New(Options{Red: Red, Created: created, EvenColophon: c.even})
			if err != nil {
				t.Fatal(err)
			}
			fill(d, c.lines)
			d.SetColophon(Colophon{Office: "溧阳市人民政府办公室", PrintDate: "2026年5月8日印发"})
			finish(t, d)
			lay := d.Layout()
			var colo int
			var numbered []int
			for _, l := range lay.Lines {
				if l.Text == "溧阳市人民政府办公室" {
					colo = l.Page
				}
				if l.Style == "pageno" {
					numbered = append(numbered, l.Page)
				}
			}
			if lay.Pages != c.pages || colo != c.colo || fmt.Sprint(numbered) != fmt.Sprint(c.numbered) {
				t.Errorf("%d pages, 版记 on page %d, numbers on %v; want %d, %d, %v", lay.Pages, colo, numbered, c.pages, c.colo, c.numbered)
			}
			if c.blankUnnumber > 0 {
				for _, l := range lay.Lines {
					if l.Page == c.blankUnnumber {
						t.Errorf("blank page %d holds %q", c.blankUnnumber, l.Text)
					}
				}
			}
		})
	}
}
