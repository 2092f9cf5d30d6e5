package typeset

import (
	"fmt"
	"math"
	"strings"
	"testing"
)

const tol = 0.05 // mm

// TestGeometry checks a corpus document against GB/T 9704 from its layout.
func TestGeometry(t *testing.T) {
	d := corpusDoc(t)
	finish(t, d)
	lay := d.Layout()
	if lay.Pages < 3 {
		t.Fatalf("corpus document has %d pages, want several", lay.Pages)
	}
	t.Run("text_stays_inside_the_type_area", func(t *testing.T) {
		for _, l := range lay.Lines {
			if l.Style == "pageno" {
				continue
			}
			if l.X < MarginLeft-tol || l.Right > AreaRight+tol {
				t.Errorf("page %d %s line %q spans %.2f–%.2f mm, outside %.0f–%.0f", l.Page, l.Style, l.Text, l.X, l.Right, MarginLeft, AreaRight)
			}
			if l.Y < MarginTop || l.Y > AreaBottom {
				t.Errorf("page %d line %q baseline %.2f outside %.0f–%.0f", l.Page, l.Text, l.Y, MarginTop, AreaBottom)
			}
		}
	})
	t.Run("body_lines_hold_at_most_28_characters", func(t *testing.T) {
		for _, l := range lay.Lines {
			if l.Size != Sanhao || l.GridLine < 0 {
				continue
			}
			wide := 0
			for _, r := range l.Text {
				if r > 0x2000 {
					wide++
				}
			}
			// n characters fill n cells: the visible width plus the
			// last cell's (negative) gap.
			if wide > CharsPerLine || l.Right-l.X+(CharPitch-PtToMM(Sanhao)) > AreaW+tol {
				t.Errorf("page %d line %q: %d full-width characters over %.2f mm", l.Page, l.Text, wide, l.Right-l.X)
			}
		}
	})
	t.Run("full_body_lines_fill_the_measure_on_the_grid", func(t *testing.T) {
		n := 0
		for _, l := range lay.Lines {
			wide := 0
			for _, r := range l.Text {
				if wideRune(r) {
					wide++
				}
			}
			if l.Style == "body" && wide == CharsPerLine && !l.Justified {
				t.Errorf("28-character line %q is not justified", l.Text)
			}
			if l.Style == "body" && l.Justified {
				n++
				if math.Abs(l.Right-AreaRight) > tol {
					t.Errorf("justified line %q ends at %.3f, want %.3f", l.Text, l.Right, AreaRight)
				}
			}
		}
		if n == 0 {
			t.Fatal("no justified body line in the corpus")
		}
	})
	t.Run("no_character_alone_on_a_line", func(t *testing.T) {
		for _, l := range lay.Lines {
			if l.Style == "body" && lonely([]rune(l.Text)) {
				t.Errorf("page %d line %d holds %q alone (单字成行)", l.Page, l.GridLine, l.Text)
			}
		}
	})
	t.Run("at_most_22_lines_a_page_on_the_grid", func(t *testing.T) {
		per := map[int]map[int]bool{}
		for _, l := range lay.Lines {
			if l.GridLine < 0 {
				continue
			}
			if l.GridLine >= LinesPerPage {
				t.Errorf("line %q on grid line %d", l.Text, l.GridLine)
			}
			if per[l.Page] == nil {
				per[l.Page] = map[int]bool{}
			}
			per[l.Page][l.GridLine] = true
			want := MarginTop + float64(l.GridLine)*LinePitch
			if math.Abs(l.Top-want) > tol {
				t.Errorf("line %q top %.2f, want grid %.2f", l.Text, l.Top, want)
			}
		}
		for p, set := range per {
			if len(set) > LinesPerPage {
				t.Errorf("page %d has %d lines", p, len(set))
			}
		}
	})
	t.Run("page_numbers_alternate_sides_7mm_below_the_area", func(t *testing.T) {
		seen := map[int]bool{}
		em := PtToMM(Sihao)
		for _, l := range lay.Lines {
			if l.Style != "pageno" {
				continue
			}
			seen[l.Page] = true
			if math.Abs(l.Top-(AreaBottom+7)) > tol {
				t.Errorf("page %d number top %.2f, want %.2f", l.Page, l.Top, AreaBottom+7)
			}
			if l.Page%2 == 1 && math.Abs(l.Right-(AreaRight-em)) > 0.3 {
				t.Errorf("odd page %d number ends at %.2f, want %.2f", l.Page, l.Right, AreaRight-em)
			}
			if l.Page%2 == 0 && math.Abs(l.X-(MarginLeft+em)) > tol {
				t.Errorf("even page %d number starts at %.2f, want %.2f", l.Page, l.X, MarginLeft+em)
			}
			if l.Text != "— "+itoa(l.Page)+" —" {
				t.Errorf("page number text %q", l.Text)
			}
		}
		content := map[int]bool{}
		for _, l := range lay.Lines {
			if l.Style != "pageno" && l.Style != "colophon" {
				content[l.Page] = true
			}
		}
		for p := 1; p <= lay.Pages; p++ {
			if content[p] != seen[p] {
				t.Errorf("page %d: has text %v, has number %v", p, content[p], seen[p])
			}
		}
	})
	t.Run("headings_are_never_alone_on_a_last_line", func(t *testing.T) {
		for _, l := range lay.Lines {
			if (l.Style == "h1" || l.Style == "h2") && l.GridLine == LinesPerPage-1 {
				t.Errorf("heading %q on the last line of page %d", l.Text, l.Page)
			}
		}
	})
	t.Run("colophon_rules_sit_on_the_last_page_bottom_edge", func(t *testing.T) {
		checkColophon(t, lay)
	})
	t.Run("masthead_mark_is_red_35mm_below_the_area_top", func(t *testing.T) {
		for _, l := range lay.Lines {
			if l.Style == "mark" {
				if l.Page != 1 || math.Abs(l.Top-(MarginTop+35)) > tol {
					t.Errorf("mark on page %d at top %.2f", l.Page, l.Top)
				}
				return
			}
		}
		t.Error("no mark placed")
	})
}

func checkColophon(t *testing.T, lay Layout) {
	t.Helper()
	want := map[string]float64{"colophon-top": 0.35, "colophon-inner": 0.25, "colophon-bottom": 0.35}
	for _, r := range lay.Rules {
		th, ok := want[r.Name]
		if !ok {
			continue
		}
		delete(want, r.Name)
		if r.Page != lay.Pages {
			t.Errorf("%s on page %d, want last page %d", r.Name, r.Page, lay.Pages)
		}
		if r.Thickness != th || r.X1 != MarginLeft || r.X2 != AreaRight {
			t.Errorf("%s: %+v", r.Name, r)
		}
		if r.Name == "colophon-bottom" && r.Y != AreaBottom {
			t.Errorf("last rule at %.2f, want the type area's bottom %.2f", r.Y, AreaBottom)
		}
	}
	if len(want) > 0 {
		t.Errorf("rules missing: %v", want)
	}
}

// TestLoneColophonPageHasNoNumber fills the last page so the 版记 needs a
// page of its own, which must carry no page number.
func TestLoneColophonPageHasNoNumber(t *testing.T) {
	d := newDoc(t)
	for d.Page() == 1 && d.Line() < LinesPerPage-1 {
		d.Text(Body, "会议要求各地各部门认真抓好落实。")
	}
	d.SetColophon(Colophon{Items: []ColophonItem{{"抄送", "市委办公室。"}}, Office: "溧阳市人民政府办公室", PrintDate: "2026年5月8日印发"})
	finish(t, d)
	lay := d.Layout()
	if lay.Pages != 2 {
		t.Fatalf("%d pages, want the 版记 alone on page 2", lay.Pages)
	}
	for _, l := range lay.Lines {
		if l.Style == "pageno" && l.Page == 2 {
			t.Error("lone 版记 page carries a page number")
		}
		if l.Style == "colophon" && l.Page != 2 {
			t.Errorf("colophon line %q on page %d", l.Text, l.Page)
		}
	}
	checkColophon(t, lay)
}

func wideRune(r rune) bool { return wide(r) || r >= 0x3000 }

func itoa(i int) string {
	if i < 10 {
		return string(rune('0' + i))
	}
	return itoa(i/10) + string(rune('0'+i%10))
}

// TestMastheadWithSigner: on an upward document the 发文字号 moves flush left
// indented one character and 签发人 sits right with one character's indent,
// the name in 楷体, all on one line.
func TestMastheadWithSigner(t *testing.T) {
	d := newDoc(t)
	d.Masthead(Masthead{Mark: "溧阳市人民政府文件", Number: "溧政发〔2026〕12号", Signer: "王喆"})
	d.Text(Title, "溧阳市人民政府\n关于2026年度财政预算执行情况的报告")
	finish(t, d)
	var number, name PlacedLine
	var title []PlacedLine
	for _, l := range d.Layout().Lines {
		switch {
		case l.Text == "溧政发〔2026〕12号":
			number = l
		case l.Text == "王喆":
			name = l
		case l.Style == "title":
			title = append(title, l)
		}
	}
	if math.Abs(number.X-(MarginLeft+CharPitch)) > tol {
		t.Errorf("number starts at %.2f, want %.2f", number.X, MarginLeft+CharPitch)
	}
	if math.Abs(name.Right-(AreaRight-CharPitch)) > 0.1 || name.Y != number.Y || name.Face != "Huiwu Kai" {
		t.Errorf("signer %+v, number %+v", name, number)
	}
	if len(title) != 2 || title[0].Text != "溧阳市人民政府\n" {
		t.Errorf("title lines %+v, want the break where the newline is", title)
	}
}

// TestTitleBreaksBetweenPhrases: a two-line title breaks before 关于 when
// that is near even, and evenly otherwise (a "\n" in the title chooses the
// break outright; see TestMastheadWithSigner).
func TestTitleBreaksBetweenPhrases(t *testing.T) {
	cases := []struct{ title, first string }{
		{"溧阳市人民政府办公室关于印发城市更新三年行动计划的通知", "溧阳市人民政府办公室"},
		{"关于进一步加强全市政务信息报送工作的实施意见", "关于进一步加强全市政务"},
		// Between words (gse), where the even split would cut 审议 and 财政局.
		{"溧阳市人民政府常务会议审议通过市级财政预算调整方案", "溧阳市人民政府常务会议审议"},
		{"市政府办公室转发市发展改革委市财政局溧阳市政府投资项目管理办法的通知", "市政府办公室转发市发展改革委市财政局"},
	}
	for _, c := range cases {
		t.Run("breaks_after_"+c.first, func(t *testing.T) {
			d := newDoc(t)
			d.Text(Title, c.title)
			finish(t, d)
			ls := d.Layout().Lines
			if len(ls) < 2 || ls[0].Text != c.first || ls[0].Text+ls[1].Text != c.title {
				t.Errorf("title lines %q", []string{ls[0].Text, ls[1].Text})
			}
		})
	}
}

// TestMinutesHead: the 纪要标志 red at 35 mm, the issue centred, the office
// flush left and the date flush right on one line, then the red rule.
func TestMinutesHead(t *testing.T) {
	d := newDoc(t)
	d.MinutesHead(MinutesHead{Mark: "溧阳市人民政府常务会议纪要", Issue: "第12期", Office: "溧阳市人民政府办公室", Date: "2026年5月8日"})
	d.Text(Body, "5月6日，市长王喆主持召开市政府第12次常务会议。现纪要如下：")
	finish(t, d)
	got := map[string]PlacedLine{}
	for _, l := range d.Layout().Lines {
		got[l.Text] = l
	}
	mark, issue, office, date := got["溧阳市人民政府常务会议纪要"], got["第12期"], got["溧阳市人民政府办公室"], got["2026年5月8日"]
	if math.Abs(mark.Top-(MarginTop+35)) > tol || mark.Right > AreaRight+tol {
		t.Errorf("mark %+v", mark)
	}
	if c := (issue.X + issue.Right) / 2; math.Abs(c-(MarginLeft+AreaW/2)) > 0.2 {
		t.Errorf("issue centred at %.2f", c)
	}
	if math.Abs(office.X-MarginLeft) > tol || math.Abs(date.Right-AreaRight) > 0.1 || office.Y != date.Y {
		t.Errorf("office %+v date %+v", office, date)
	}
	var rule PlacedRule
	for _, r := range d.Layout().Rules {
		if r.Name == "separator" {
			rule = r
		}
	}
	if rule.Color != Red || rule.Y <= date.Y || rule.Y > date.Y+8 {
		t.Errorf("red rule %+v under date baseline %.2f", rule, date.Y)
	}
}

// TestGridHoldsExactly28 is GB/T 9704 §5's grid: 28 characters on a full
// line (26 after the two-character indent), and a paragraph that exactly
// fills its first line does not wrap its last character.
func TestGridHoldsExactly28(t *testing.T) {
	han := []rune(strings.Repeat("溧阳市人民政府办公室关于做好年度重点工作任务分解落实", 3))
	cases := []struct {
		name  string
		n     int
		lines []int // characters on each line
	}{
		{"26_characters_fill_the_indented_first_line", 26, []int{26}},
		{"27_characters_move_two_down_not_one", 27, []int{25, 2}},
		{"full_second_line_holds_28", 54, []int{26, 28}},
		{"third_line_gets_the_rest", 60, []int{26, 28, 6}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := newDoc(t)
			d.Text(Body, string(han[:c.n]))
			finish(t, d)
			var got []int
			for _, l := range d.Layout().Lines {
				if l.Style == "body" {
					got = append(got, l.Chars)
				}
			}
			if fmt.Sprint(got) != fmt.Sprint(c.lines) {
				t.Errorf("characters per line %v, want %v", got, c.lines)
			}
		})
	}
}
