package rules

import (
	"slices"
	"strings"
	"testing"
)

// 按姓氏笔画 against a published list: the members of the 20th Political
// Bureau of the CPC Central Committee as Xinhua published them on
// 2022-10-23, 「（按姓氏笔画为序）」, as reproduced on Wikipedia's page
// 「中国共产党中央政治局」 (第二十届, 委员 24). It shows the rule's three parts:
// fewer strokes first (丁 2, 习 马 3, 王 尹 4 …); equal counts by the strokes
// in writing order (习 541 before 马 551; 王 1121 before 尹 5113); and a tie
// by the next character, a one-character given name after the blank the
// list sets before it (王　毅 before 王沪宁, 李　希 李　强 before 李干杰).
func TestNameCompareFollowsAPublishedList(t *testing.T) {
	published := strings.Fields("丁薛祥 习近平 马兴瑞 王毅 王沪宁 尹力 石泰峰 刘国中 李希 李强 李干杰 李书磊 李鸿忠 何卫东 何立峰 张又侠 张国清 陈文清 陈吉宁 陈敏尔 赵乐际 袁家军 黄坤明 蔡奇")
	got := slices.Clone(published)
	slices.Reverse(got)
	slices.SortStableFunc(got, NameCompare)
	if !slices.Equal(got, published) {
		t.Errorf("sorted:\n%v\npublished:\n%v", got, published)
	}
}

// Sixty surnames, each one's strokes checked by hand against its writing
// order (GB 13000.1 字符集汉字笔顺规范: 提 counts as 横, 捺 as 点, every
// stroke with a turn or hook — 竖钩 too — as 折), in the order the rule
// gives: by count, then stroke by stroke. The examples: 王 before
// 毛 before 方; CLDR's 尹 孔 文 方 毛 王 becomes 王 毛 文 方 尹 孔.
func TestSurnamesByStrokes(t *testing.T) {
	want := []struct{ surname, strokes string }{
		{"丁", "15"},
		{"于", "115"},
		{"习", "541"},
		{"马", "551"},
		{"王", "1121"},
		{"毛", "3115"},
		{"文", "4134"},
		{"方", "4153"},
		{"尹", "5113"},
		{"孔", "5515"},
		{"石", "13251"},
		{"卢", "21513"},
		{"叶", "25112"},
		{"田", "25121"},
		{"史", "25134"},
		{"白", "32511"},
		{"冯", "41551"},
		{"吕", "251251"},
		{"朱", "311234"},
		{"刘", "413425"},
		{"许", "453112"},
		{"孙", "551534"},
		{"严", "1224313"},
		{"杨", "1234533"},
		{"李", "1234551"},
		{"吴", "2511134"},
		{"何", "3212515"},
		{"汪", "4411121"},
		{"沈", "4414535"},
		{"宋", "4451234"},
		{"张", "5153154"},
		{"陆", "5211252"},
		{"陈", "5215534"},
		{"林", "12341234"},
		{"罗", "25221354"},
		{"金", "34112431"},
		{"周", "35121251"},
		{"郑", "43113452"},
		{"赵", "121213434"},
		{"胡", "122513511"},
		{"钟", "311152512"},
		{"姜", "431121531"},
		{"秦", "1113431234"},
		{"袁", "1212513534"},
		{"顾", "1355132534"},
		{"徐", "3323411534"},
		{"高", "4125125251"},
		{"郭", "4125155152"},
		{"黄", "12212512134"},
		{"曹", "12512212511"},
		{"梁", "44153441234"},
		{"董", "122312511211"},
		{"韩", "122511121152"},
		{"程", "312342511121"},
		{"谢", "453251113154"},
		{"蔡", "12235445411534"},
		{"潘", "441343123425121"},
		{"薛", "1223251514143112"},
		{"魏", "31234531325113554"},
	}
	var order []string
	for _, w := range want {
		r := []rune(w.surname)[0]
		if got, ok := Strokes(r); !ok || got != w.strokes {
			t.Errorf("%s: strokes %q (%v), checked by hand %q", w.surname, got, ok, w.strokes)
		}
		order = append(order, w.surname)
	}
	got := slices.Clone(order)
	slices.Reverse(got)
	slices.SortStableFunc(got, NameCompare)
	if !slices.Equal(got, order) {
		t.Errorf("sorted %v\nwant   %v", got, order)
	}
	for _, c := range []struct{ a, b string }{
		{"王", "毛"}, {"毛", "方"}, {"王明", "王明华"}, {"李", "张"}, {"张三", "张三丰"}, {"陈一", "陈一"},
	} {
		if got := NameCompare(c.a, c.b); (c.a == c.b) != (got == 0) || (c.a != c.b && got >= 0) {
			t.Errorf("NameCompare(%s, %s) = %d", c.a, c.b, got)
		}
	}
}
