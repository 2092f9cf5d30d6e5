package paper

import (
	"encoding/json"
	"io"
	"strings"
	"testing"

	"huiwu/data"
	"huiwu/export/typeset"
)

// TestListNamesNeverSplit sets 出席, 请假 and 列席 lists whose names would
// fall across line ends (龚/立, 白敏/娥, 梁堃/宁 before): every list line
// must hold whole names only.
func TestListNamesNeverSplit(t *testing.T) {
	var m Minutes
	if err := json.Unmarshal(exampleJSON(t, "minutes"), &m); err != nil {
		t.Fatal(err)
	}
	present := strings.Split("王喆、李堃、张昇、赵玥、钱赟、孙镕、吉红、龚立、白敏娥、梁堃宁、周海峰、吴晓东、欧阳明月、司马南、郑一、王二小、陈三、林四娘、黄五、何六、罗七、高八斗", "、")
	leave := []string{"郑振宇（出差）", "陈思远（参加省有关会议）", "龚立（病假）", "白敏娥（公务）", "梁堃宁（出差）"}
	m.Present, m.Leave = present, leave
	m.Attending = []string{"溧阳市人民政府 梁桂", "溧阳市人民政府办公室 白敏娥", "溧阳市发展和改革委员会 罗昇永", "溧阳市司法局 邓晨鹏"}
	lay, err := Render(&m, io.Discard, DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	whole := map[string]bool{}
	for _, n := range append(present, "郑振宇", "陈思远", "龚立", "白敏娥", "梁堃宁") {
		whole[n] = true
	}
	n, attending := 0, false
	for _, l := range lay.Lines {
		// A line ending in the space between a unit and a name ends at
		// its last visible character, inside the type area.
		if l.Style == "list" && l.Right > typeset.AreaRight+0.05 {
			t.Errorf("line %q ends at %.2f mm, past the type area (%.0f)", l.Text, l.Right, typeset.AreaRight)
		}
		if l.Style == "list" && strings.Contains(l.Text, "：") {
			attending = strings.HasPrefix(l.Text, "列席：") // units, checked by eye
		}
		if l.Style != "list" || attending {
			continue
		}
		text := strings.TrimPrefix(strings.TrimPrefix(l.Text, "出席："), "请假：")
		for _, piece := range strings.Split(text, "、") {
			name, _, _ := strings.Cut(piece, "（")
			if name != "" && !whole[name] {
				t.Errorf("line %q holds %q, part of a name", l.Text, name)
			}
			n++
		}
	}
	if n < len(present)+len(leave) {
		t.Fatalf("saw %d names on list lines, want %d", n, len(present)+len(leave))
	}
}

// TestRareCharacterIsAUserError: a character no bundled face has (𪚥) is
// reported as the user's error, naming the character, its code point, the
// words around it and the page; never as an internal error.
func TestRareCharacterIsAUserError(t *testing.T) {
	in := edit(t, "notice", "title", "关于表彰张𪚥同志的通报")
	err := RenderJSON("notice", in, io.Discard, DefaultOptions())
	msg := data.ErrorMessage(err)
	if data.ErrorCode(err) != data.EInvalid || strings.Contains(msg, "内部错误") {
		t.Fatalf("code %q, message %q: want invalid", data.ErrorCode(err), msg)
	}
	for _, want := range []string{"第 1 页", "“关于表彰张𪚥同志的通报”", "“𪚥”（U+2A6A5）", "没有字形"} {
		if !strings.Contains(msg, want) {
			t.Errorf("message %q does not say %q", msg, want)
		}
	}
	err = RenderJSON("notice", edit(t, "notice", "title", 5), io.Discard, DefaultOptions())
	if data.ErrorCode(err) != data.EInvalid {
		t.Errorf("a bad field: code %q, want invalid (%v)", data.ErrorCode(err), err)
	}
}
