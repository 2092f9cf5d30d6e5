package rules

import (
	"math/rand/v2"
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

// 按姓氏笔画 against a whole published list of 205 names: 「中国共产党第二十届
// 中央委员会委员名单」 (205名, 按姓氏笔画为序), published by Xinhua (新华社)
// on 2022-10-22 at the close of the 20th Party Congress. The search tool gave
// no copy of Xinhua's page itself (its news pages, e.g.
// https://cn.ntdtv.com/gb/2022/10/22/a103557433.html and
// https://newton.com.tw/wiki/中國共產黨第二十屆中央委員會/61943794, name the
// list but quote only its start); the full text is as reproduced, citing
// gov.cn/Xinhua, in github.com/ether314/Joe-Data-Insights-Blog
// scripts/generate-ccp-roster.mjs (commit a114bc1). Its order agrees with
// Xinhua's 2296-name 二十大代表名单 (2022-09-25, also 按姓氏笔画为序) for
// every member who was a delegate. The names are as published without the
// notes in brackets (女, 蒙古族 …); 王凯 is there twice, (河南) and
// (解放军和武警部队), and ties with itself.
//
// It checks each part of the rule over 2 to 16 strokes: counts (丁 2 … 潘
// 15); equal counts by writing order (尹 5113 before 巴 5215; 何 邹 应 汪 沈
// 怀 张 陆 陈 努, all 7); 竖钩 as 竖, which this list is what decided (王小洪
// before 王广华: 小 234 before 广 413; 孙 521234 before 阴 523511; 李 1234521
// before 杨 1234533; 肖捷 before 肖培: 捷 1211… before 培 1214…); and the next
// character, a one-character given name first (王宁 … 王毅 before 王小洪).
func TestNameCompareFollowsTheCentralCommitteeList(t *testing.T) {
	published := strings.Fields(`
		丁学东 丁薛祥 万立骏 习近平 马兴瑞 马晓伟 王宁 王凯 王凯 王勇 王浩 王强 王鹏 王毅 
		王小洪 王广华 王仁华 王文全 王文涛 王予波 王正谱 王东明 王伟中 王志军 王秀斌 王沪宁 王君正 王忠林 
		王受文 王春宁 王莉霞 王晓晖 王祥喜 王清宪 王蒙徽 巨乾生 毛伟明 尹力 尹弘 巴特尔 艾尔肯·吐尼亚孜 石泰峰 
		叶建春 冯飞 曲青山 任振鹤 庄荣文 刘宁 刘伟 刘小明 刘发庆 刘青松 刘国中 刘金国 刘建超 刘俊臣 
		刘振立 刘海星 齐玉 许勤 许昆林 许学强 孙金龙 孙绍骋 阴和俊 严金海 李屹 李伟 李希 李强 
		李干杰 李小新 李凤彪 李书磊 李玉超 李乐成 李邑飞 李尚福 李国英 李炳军 李桥铭 李晓红 李鸿忠 杨诚 
		杨志亮 杨学军 肖捷 肖培 吴汉圣 吴亚男 吴政隆 吴晓军 何卫东 何立峰 何宏军 邹加怡 应勇 汪海江 
		沈春耀 沈晓明 沈跃跃 怀进鹏 张工 张军 张林 张又侠 张升民 张玉卓 张庆伟 张红兵 张宏森 张雨浦 
		张国清 陆昊 陆治原 陈刚 陈旭 陈一新 陈小江 陈文清 陈吉宁 陈敏尔 努尔兰·阿不都满金 苗华 林武 林向阳 
		易会满 易炼红 罗文 金壮龙 金湘军 周强 周乃翔 周祖翼 郑栅洁 郑新聪 孟凡利 孟祥锋 赵龙 赵刚 
		赵一德 赵乐际 赵晓哲 郝鹏 胡中明 胡玉亭 胡昌升 胡和平 胡春华 胡衡华 钟绍军 信长星 侯凯 侯建国 
		俞庆江 俞建华 贺荣 贺军科 秦刚 秦树桐 袁华智 袁家军 铁凝 倪虹 倪岳峰 徐麟 徐西盛 徐忠波 
		徐起零 徐德清 殷勇 高翔 高志丹 郭普校 唐仁健 唐登杰 黄铭 黄强 黄守宏 黄坤明 黄建发 黄晓薇 
		龚正 常丁求 庹震 梁言顺 梁惠玲 谌贻琴 董军 韩俊 韩文秀 景俊海 程丽华 傅华 童建明 谢春涛 
		蓝天立 蓝佛安 楼阳生 雷凡培 慎海雄 蔡奇 蔡剑江 裴金佳 潘岳`)
	if len(published) != 205 {
		t.Fatalf("%d names, the list has 205", len(published))
	}
	got := slices.Clone(published)
	rand.New(rand.NewPCG(20, 22)).Shuffle(len(got), func(i, j int) { got[i], got[j] = got[j], got[i] })
	slices.SortStableFunc(got, NameCompare)
	for i := range got {
		if got[i] != published[i] {
			t.Errorf("place %d: sorted %s, published %s", i+1, got[i], published[i])
		}
	}
}

// Sixty surnames, each one's strokes checked by hand against its writing
// order (GB 13000.1 字符集汉字笔顺规范: 提 counts as 横, 捺 as 点, 竖钩 as 竖
// as the published list above has it — 丁 12, 李 1234521 —, every other
// stroke with a turn or hook as 折), in the order the rule gives: by count,
// then stroke by stroke. The examples: 王 before 毛 before 方;
// CLDR's 尹 孔 文 方 毛 王 becomes 王 毛 文 方 尹 孔.
func TestSurnamesByStrokes(t *testing.T) {
	want := []struct{ surname, strokes string }{
		{"丁", "12"},
		{"于", "112"},
		{"习", "541"},
		{"马", "551"},
		{"王", "1121"},
		{"毛", "3115"},
		{"文", "4134"},
		{"方", "4153"},
		{"尹", "5113"},
		{"孔", "5215"},
		{"石", "13251"},
		{"卢", "21513"},
		{"叶", "25112"},
		{"田", "25121"},
		{"史", "25134"},
		{"白", "32511"},
		{"冯", "41551"},
		{"吕", "251251"},
		{"朱", "311234"},
		{"刘", "413422"},
		{"许", "453112"},
		{"孙", "521234"},
		{"严", "1224313"},
		{"李", "1234521"},
		{"杨", "1234533"},
		{"吴", "2511134"},
		{"何", "3212512"},
		{"汪", "4411121"},
		{"沈", "4414535"},
		{"宋", "4451234"},
		{"张", "5153154"},
		{"陆", "5211252"},
		{"陈", "5215234"},
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
		{"徐", "3323411234"},
		{"高", "4125125251"},
		{"郭", "4125152152"},
		{"黄", "12212512134"},
		{"曹", "12512212511"},
		{"梁", "44153441234"},
		{"董", "122312511211"},
		{"韩", "122511121152"},
		{"程", "312342511121"},
		{"谢", "453251113124"},
		{"蔡", "12235445411234"},
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
		{"王", "毛"}, {"毛", "方"}, {"王明", "王明华"}, {"李", "张"}, {"张三", "张三丰"}, {"陈一", "陈一"}, {"王小洪", "王广华"}, {"孙", "阴"}, {"肖捷", "肖培"},
	} {
		if got := NameCompare(c.a, c.b); (c.a == c.b) != (got == 0) || (c.a != c.b && got >= 0) {
			t.Errorf("NameCompare(%s, %s) = %d", c.a, c.b, got)
		}
	}
}

// 按姓氏笔画 (issue 17 item 13) for the characters of names beyond GB 2312.
// Each count is the one the dictionaries give, as Unihan's kTotalStrokes
// (Unicode 15.0, the mainland count) has it, and each writing order was
// checked by hand from its components' orders in this table (门 425 + 言
// 4111251 = 訚; 王 as 玉旁 1121 + 月 3511 = 玥; 礻 4524 + 韦 1152 = 祎; 牛
// 3112 over 牜 3121 and 牛 = 犇; 水 2534 three times = 淼, 竖钩 as 竖).
// The first fourteen are the issue's; cnchar-order already had all of them
// but 訚. The rest came in with the Rime data: name characters of the
// 通用规范汉字表 (淏 禛 沄 炆 湜 珹 瑨; 妘 姞 郤 訚 are surnames), one of
// Extension A (䶮, 刘䶮), one of Extension B–E (𫓧) and one after U+9FA5 (鿏).
func TestStrokesOfNameCharactersBeyondGB2312(t *testing.T) {
	want := []struct {
		char    string
		count   int
		strokes string
	}{
		{"訚", 10, "4254111251"},
		{"堃", 11, "41534153121"},
		{"昇", 8, "25113132"},
		{"嫚", 14, "53125112522154"},
		{"珺", 11, "11215113251"},
		{"甦", 12, "125113431121"},
		{"燊", 16, "4334433443341234"},
		{"玥", 8, "11213511"},
		{"祎", 8, "45241152"},
		{"彧", 10, "1251153334"},
		{"琍", 11, "11213123422"},
		{"垚", 9, "121121121"},
		{"犇", 12, "311231213112"},
		{"淼", 12, "253425342534"},
		{"淏", 11, "44125111134"},
		{"禛", 14, "45241225111134"},
		{"沄", 7, "4411154"},
		{"炆", 8, "43344134"},
		{"湜", 12, "441251112134"},
		{"珹", 10, "1121135534"},
		{"瑨", 14, "11211224312511"},
		{"妘", 7, "5311154"},
		{"姞", 9, "531121251"},
		{"郤", 9, "343425152"},
		{"䶮", 9, "135341134"},
		{"𫓧", 9, "311151134"},
		{"鿏", 12, "311151121354"},
	}
	for _, w := range want {
		r := []rune(w.char)[0]
		got, ok := Strokes(r)
		if !ok || got != w.strokes || len(got) != w.count {
			t.Errorf("%s: strokes %q (%v), the dictionaries' %d strokes in the order checked by hand %q", w.char, got, ok, w.count, w.strokes)
		}
	}
}

// 按姓氏笔画 (issue 17 item 13): names with those characters sort where the
// rule puts them, not after every name the table knows. The surnames by
// count, then stroke by stroke: 妘 5311154 after 陈 5215234, the last of
// the 7-stroke surnames; 郤 343425152 between 钟 311152512 and 姜
// 431121531; 姞 531121251 after 姜; 訚 4254111251 after 郭 4125152152 and
// before the 11 strokes of 黄. Under 王, one-character given names first,
// by count (沄 7; 玥 11213511, 昇 25113132, 炆 43344134, 祎 45241152, all
// 8; 淏 11; 淼 12; 燊 16), then the two-character ones (王一鸣 before 王垚
// 鑫: 一 has 1 stroke, 垚 9).
func TestNamesWithCharactersBeyondGB2312SortByStrokes(t *testing.T) {
	want := strings.Fields(`
		王沄 王玥 王昇 王炆 王祎 王淏 王淼 王燊 王一鸣 王垚鑫
		何平 陈静 妘晓东 林涛 赵刚 钟伟 郤建国 姜宁 姞文 高峰 郭明 訚海 黄河`)
	got := slices.Clone(want)
	slices.Reverse(got)
	slices.SortStableFunc(got, NameCompare)
	if !slices.Equal(got, want) {
		t.Errorf("sorted:\n%v\nwant:\n%v", got, want)
	}
}

// 按姓氏笔画 (issue 17 item 13): the table covers GB 18030's two-byte range
// of ideographs, U+4E00–U+9FA5, whole, and has exactly the 21,113
// characters scripts/strokes.sh writes, so a regeneration that loses some
// fails here.
func TestStrokeTableCoverage(t *testing.T) {
	for r := rune(0x4E00); r <= 0x9FA5; r++ {
		if _, ok := Strokes(r); !ok {
			t.Errorf("%c (U+%04X) has no strokes", r, r)
		}
	}
	if n := len(strokeTable()); n != 21113 {
		t.Errorf("%d characters, scripts/strokes.sh writes 21,113", n)
	}
}

// 按姓氏笔画 (issue 17 item 13): the stroke data's licences are built into
// the program, the MIT notice for cnchar-order and the LGPL with the GPL
// for the Rime table, so 关于 can show them with the fonts'.
func TestStrokeDataLicencesTravelWithTheData(t *testing.T) {
	want := []struct{ source, text string }{
		{"cnchar-order", "Permission is hereby granted, free of charge"},
		{"rime-stroke", "GNU LESSER GENERAL PUBLIC LICENSE"},
		{"rime-stroke", "GNU GENERAL PUBLIC LICENSE\n                       Version 3"},
	}
	all := StrokeDataLicences()
	if len(all) != 2 {
		t.Fatalf("%d licences, the data has two sources", len(all))
	}
	for _, w := range want {
		found := false
		for _, l := range all {
			if strings.HasPrefix(l.Source, w.source) && strings.Contains(l.Text, w.text) {
				found = true
			}
		}
		if !found {
			t.Errorf("no licence of %s says %q", w.source, w.text)
		}
	}
}
