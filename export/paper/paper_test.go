package paper

import (
	"bytes"
	"encoding/json"
	"io"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"huiwu/export/typeset"
)

func TestKindsAreSortedAndRegistered(t *testing.T) {
	ks := Kinds()
	if !slices.IsSorted(ks) || !slices.Contains(ks, "minutes") || !slices.Contains(ks, "notice") {
		t.Fatalf("Kinds() = %v", ks)
	}
	for _, k := range ks {
		p, err := New(k)
		if err != nil || p.Kind() != k {
			t.Errorf("New(%q) = %v, %v", k, p, err)
		}
	}
}

// edit returns the minutes example with one top-level field replaced (or
// removed when v is nil), as JSON.
func edit(t *testing.T, kind, field string, v any) []byte {
	t.Helper()
	var m map[string]any
	if err := json.Unmarshal(exampleJSON(t, kind), &m); err != nil {
		t.Fatal(err)
	}
	if v == nil {
		delete(m, field)
	} else {
		m[field] = v
	}
	b, err := json.Marshal(m)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestRenderJSONErrorsNameTheField feeds broken JSON: each error must name
// the field (or the line) so a secretary can fix the file.
func TestRenderJSONErrorsNameTheField(t *testing.T) {
	cases := []struct {
		name, kind string
		in         []byte
		want       string
	}{
		{"unknown_kind_lists_the_kinds", "bulletin", []byte(`{}`), "minutes、notice"},
		{"syntax_error_gives_the_line", "minutes", []byte("{\n\"mark\": \"x\",\n\"issue\": ,\n}"), "第 3 行"},
		{"empty_input_is_refused", "minutes", nil, "JSON 为空"},
		{"top_level_array_is_refused", "minutes", []byte(`[]`), "顶层应为对象"},
		{"bad_date_names_date", "minutes", edit(t, "minutes", "date", "2026-02-30"), `minutes: 字段 "date"：日期 "2026-02-30" 无效：日期格式应为 2026-05-08`},
		{"slashed_date_names_date", "minutes", edit(t, "minutes", "date", "2026/5/8"), `字段 "date"：日期`},
		{"missing_date_names_date", "minutes", edit(t, "minutes", "date", nil), `字段 "date"：不能为空`},
		{"number_for_text_names_issue", "minutes", edit(t, "minutes", "issue", 12), `字段 "issue"：类型不对`},
		{"missing_present_names_present", "minutes", edit(t, "minutes", "present", nil), `字段 "present"`},
		{"unknown_field_is_named", "minutes", edit(t, "minutes", "chair", "王喆"), `字段 "chair"：未知字段`},
		{"heading_without_number_names_the_block", "minutes", edit(t, "minutes", "body", []any{map[string]any{"level": 1, "heading": "关于经济运行"}}), `字段 "body[0].heading"：1 级标题应以“一、”`},
		{"bad_level_names_the_block", "minutes", edit(t, "minutes", "body", []any{"正文", map[string]any{"level": 7, "heading": "一、x"}}), `字段 "body[1].level"`},
		{"empty_body_is_refused", "minutes", edit(t, "minutes", "body", []any{}), `字段 "body"：至少`},
		{"addressee_without_colon_names_to", "notice", edit(t, "notice", "to", "市各有关单位"), `notice: 字段 "to"：主送机关应以全角冒号`},
		{"number_without_hexagonal_brackets", "notice", edit(t, "notice", "masthead", map[string]any{"mark": "溧阳市人民政府办公室文件", "number": "溧政办发[2026]35号"}), `字段 "masthead.number"`},
		{"bad_serial_names_serial", "notice", edit(t, "notice", "masthead", map[string]any{"mark": "x", "serial": "12"}), `字段 "masthead.serial"`},
		{"attachment_title_with_full_stop", "minutes", edit(t, "minutes", "attachments", []any{map[string]any{"title": "责任分工。", "body": []any{"正文"}}}), `字段 "attachments[0].title"：附件名称后不加标点符号`},
		{"print_date_before_date", "minutes", edit(t, "minutes", "print_date", "2026-05-01"), `字段 "print_date"：印发日期 2026-05-01 早于成文日期 2026-05-08`},
		{"request_without_signer", "request", edit(t, "request", "masthead", map[string]any{"mark": "溧阳市人民政府文件", "number": "溧政发〔2026〕58号"}), `request: 字段 "masthead.signer"：请示是上行文，须写签发人姓名`},
		{"request_without_masthead", "request", edit(t, "request", "masthead", nil), `request: 字段 "masthead"：请示须有版头`},
		{"request_to_two_superiors", "request", edit(t, "request", "to", "常州市人民政府、常州市发展和改革委员会："), `字段 "to"：请示只写一个主送机关`},
		{"request_without_contact", "request", edit(t, "request", "note", nil), `字段 "note"：请示须在附注处注明联系人和联系电话`},
		{"request_note_without_phone", "request", edit(t, "request", "note", "（联系人：褚婧）"), `字段 "note"：附注应注明联系人和联系电话`},
		{"request_title", "request", edit(t, "request", "title", "关于天目湖镇的报告"), `字段 "title"：请示的标题应以“的请示”结尾`},
		{"control_character_names_title", "notice", edit(t, "notice", "title", "通知\u0007"), `字段 "title"：含控制字符`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			err := RenderJSON(c.kind, c.in, io.Discard, DefaultOptions())
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Fatalf("err = %v\nwant it to contain %q", err, c.want)
			}
		})
	}
}

// TestUserFontSettingIsRefusedWithAMessage: a .ttc handed in through
// Options.FontPaths stops rendering with a Chinese message.
func TestUserFontSettingIsRefusedWithAMessage(t *testing.T) {
	p := filepath.Join(t.TempDir(), "simfang.ttc")
	if err := os.WriteFile(p, append([]byte("ttcf\x00\x01\x00\x00"), make([]byte, 64)...), 0o644); err != nil {
		t.Fatal(err)
	}
	opt := DefaultOptions()
	opt.FontPaths = map[string]string{"fangsong": p}
	err := RenderJSON("notice", exampleJSON(t, "notice"), io.Discard, opt)
	if err == nil || !strings.Contains(err.Error(), "字体集") {
		t.Fatalf("err = %v", err)
	}
}

// TestExampleLayouts checks the documented examples' furniture from the
// layout: the red marks and rule, the 出席 hanging list, the colophon on the
// last page's bottom edge and attachments starting new pages.
func TestExampleLayouts(t *testing.T) {
	render := func(kind string, opt Options) typeset.Layout {
		p, err := Decode(kind, exampleJSON(t, kind))
		if err != nil {
			t.Fatal(err)
		}
		lay, err := Render(p, io.Discard, opt)
		if err != nil {
			t.Fatal(err)
		}
		return lay
	}
	// 请示 (GB/T 9704 §7.2.3): the 发文字号 flush left one character in,
	// level with 签发人 on the right; the 附注 on the signature's page; the
	// 版记 on an even page.
	t.Run("request_masthead_signer_note_and_colophon", func(t *testing.T) {
		lay := render("request", DefaultOptions())
		var number, signer, note, colophon typeset.PlacedLine
		for _, l := range lay.Lines {
			switch {
			case l.Style == "masthead" && l.Text == "溧政发〔2026〕58号":
				number = l
			case l.Style == "masthead" && l.Text == "签发人：":
				signer = l
			case l.Style == "note":
				note = l
			case l.Style == "colophon" && strings.HasPrefix(l.Text, "抄送："):
				colophon = l
			}
		}
		em := typeset.CharPitch
		if number.Page != 1 || math.Abs(number.X-(typeset.MarginLeft+em)) > 0.05 || math.Abs(number.Y-signer.Y) > 0.01 {
			t.Errorf("发文字号 %+v, 签发人 %+v", number, signer)
		}
		if note.Text != "（联系人：褚婧，联系电话：0519-87654321）" || colophon.Page%2 != 0 || colophon.Page != lay.Pages {
			t.Errorf("附注 %+v, 版记 on page %d of %d", note, colophon.Page, lay.Pages)
		}
	})
	t.Run("minutes_head_list_and_colophon_are_in_place", func(t *testing.T) {
		lay := render("minutes", DefaultOptions())
		find := func(style, prefix string) []typeset.PlacedLine {
			var out []typeset.PlacedLine
			for _, l := range lay.Lines {
				if l.Style == style && strings.HasPrefix(l.Text, prefix) {
					out = append(out, l)
				}
			}
			return out
		}
		if m := find("mark", "溧阳市人民政府常务会议纪要"); len(m) != 1 || m[0].Page != 1 || m[0].Right > typeset.AreaRight+0.05 {
			t.Errorf("纪要标志: %+v", m)
		}
		present := find("list", "出席：")
		if len(present) != 1 {
			t.Fatalf("出席 lines: %+v", present)
		}
		// the list's wrapped lines start under the first name
		for i, l := range lay.Lines {
			if l.Style == "list" && l.Text == present[0].Text && i+1 < len(lay.Lines) && lay.Lines[i+1].Style == "list" && !strings.Contains(lay.Lines[i+1].Text, "：") {
				want := typeset.MarginLeft + 5*typeset.CharPitch
				if math.Abs(lay.Lines[i+1].X-want) > 0.05 {
					t.Errorf("wrapped 出席 line at %.2f, want %.2f", lay.Lines[i+1].X, want)
				}
			}
		}
		var bottom *typeset.PlacedRule
		for i, r := range lay.Rules {
			if r.Name == "colophon-bottom" {
				bottom = &lay.Rules[i]
			}
			if r.Name == "separator" && (r.Color != typeset.Red || r.Page != 1) {
				t.Errorf("red rule %+v", r)
			}
		}
		if bottom == nil || bottom.Page != lay.Pages || bottom.Y != typeset.AreaBottom {
			t.Errorf("colophon bottom rule %+v on %d pages", bottom, lay.Pages)
		}
		if a := find("attachment-label", "附件"); len(a) != 1 || a[0].GridLine != 0 {
			t.Errorf("attachment label %+v", a)
		}
	})
	t.Run("red_is_a_setting", func(t *testing.T) {
		opt := DefaultOptions()
		opt.Red = &typeset.RGB{R: 200, G: 30, B: 40}
		for _, r := range render("notice", opt).Rules {
			if r.Name == "separator" && r.Color != *opt.Red {
				t.Errorf("separator colour %+v, want %+v", r.Color, *opt.Red)
			}
		}
	})
	t.Run("notice_attachments_each_start_a_page", func(t *testing.T) {
		lay := render("notice", DefaultOptions())
		pages := map[int]bool{}
		for _, l := range lay.Lines {
			if l.Style == "attachment-label" {
				if pages[l.Page] {
					t.Errorf("two attachments on page %d", l.Page)
				}
				pages[l.Page] = true
			}
		}
		if len(pages) != 2 {
			t.Errorf("attachment pages %v, want 2", pages)
		}
	})
}

// TestBlockJSONForms round-trips the two forms of a body block.
func TestBlockJSONForms(t *testing.T) {
	in := `["正文段落。",{"level":2,"heading":"（一）加强领导。","text":"要明确责任。"}]`
	var bs []Block
	if err := json.Unmarshal([]byte(in), &bs); err != nil {
		t.Fatal(err)
	}
	if bs[0] != (Block{Text: "正文段落。"}) || bs[1] != (Block{Level: 2, Heading: "（一）加强领导。", Text: "要明确责任。"}) {
		t.Fatalf("decoded %+v", bs)
	}
	out, err := json.Marshal(bs)
	if err != nil || !bytes.Equal(out, []byte(in)) {
		t.Fatalf("encoded %s, %v", out, err)
	}
}
