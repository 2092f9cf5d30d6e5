package minutespdf

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode"

	"huiwu/data"
	"huiwu/export/paper"
	"huiwu/export/typeset"
)

func on(s string) time.Time {
	t, err := time.Parse(data.DateLayout, s)
	if err != nil {
		panic(err)
	}
	return t
}

const body = "5月6日，市长王喆主持召开市政府第12次常务会议。现纪要如下：\n" +
	"# 一、关于城市更新三年行动计划\n" +
	"会议审议并原则通过《溧阳市城市更新三年行动计划（2026—2028年）》，由市住房城乡建设局修改完善后按程序印发实施。\n" +
	"## （一）强化资金保障。\n" +
	"市财政局要积极争取资金支持。\n" +
	"# 二、关于汛前检查\n" +
	"会议要求市水利局在5月15日前完成汛前检查。"

func record() data.MinutesRecord {
	return data.MinutesRecord{
		Minutes: data.Minutes{
			ID: 3, MeetingKind: data.MeetingExecutive, MeetingDay: on("2026-05-06"), Year: 2026, Issue: 12,
			Disclosure: "依申请公开", ThreeMajor: true, Distribution: "市各委办局，各镇人民政府。", Stage: data.MinutesSigned, SignedOn: on("2026-05-08"),
		},
		Text:  data.MinutesVersion{N: 4, Body: body},
		Lists: data.MinutesLists{Present: []string{"王喆", "李堃"}, Leave: []string{"赵玥（出差）"}, Attending: []string{"市发展改革委 沈建国"}},
		Chain: []data.MinutesSign{
			{Step: 1, Stage: "起草", Who: "市政府办公室", Note: "办公室起草（第四十六条）", Day: on("2026-05-07")},
			{Step: 2, Stage: "审核", Who: "周海峰", Note: "办公室审核（第四十六条）", Opinion: "请市长审签", Day: on("2026-05-07")},
			{Step: 3, Stage: "签发", Who: "王喆", Note: "涉及「三重一大」事项，须由市长签发（第四十六条）", Opinion: "同意", Day: on("2026-05-08")},
		},
		Chair: "王喆", Number: 12,
	}
}

func squash(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, s)
}

// The signed 纪要 through the typesetter: the mark, the issue, every
// heading and paragraph of the text, and the lists; read back from the PDF
// with pdftotext where poppler is installed.
func TestMinutesThroughTheLayout(t *testing.T) {
	m, err := Minutes(record())
	if err != nil {
		t.Fatal(err)
	}
	if m.Mark != "溧阳市人民政府常务会议纪要" || m.Issue != "〔2026〕第12期" || len(m.Body) != 6 || m.Body[1].Level != 1 || m.Body[3].Level != 2 || m.Body[3].Text != "市财政局要积极争取资金支持。" {
		t.Fatalf("paper %+v", m)
	}
	var buf bytes.Buffer
	lay, err := paper.Render(m, &buf, paper.DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	var laid strings.Builder
	for _, l := range lay.Lines {
		laid.WriteString(l.Text)
		// Geometry (GB/T 9704 as the typesetter holds it): inside the type
		// area, at most 28 characters a 三号 line, no closing mark at a
		// line's start (避头尾).
		if l.Style == "pageno" {
			continue
		}
		if l.X < typeset.MarginLeft-0.05 || l.Right > typeset.AreaRight+0.05 || l.Y < typeset.MarginTop || l.Y > typeset.AreaBottom {
			t.Errorf("page %d line %q at x %.2f–%.2f, y %.2f: outside the type area", l.Page, l.Text, l.X, l.Right, l.Y)
		}
		if r := []rune(l.Text); len(r) > 0 && strings.ContainsRune("，。、：；！？）》」』”’", r[0]) {
			t.Errorf("page %d line %q starts with a closing mark", l.Page, l.Text)
		}
		wide := 0
		for _, r := range l.Text {
			if r > 0x2000 {
				wide++
			}
		}
		if l.Size == typeset.Sanhao && l.GridLine >= 0 && wide > typeset.CharsPerLine {
			t.Errorf("page %d line %q holds %d full-width characters", l.Page, l.Text, wide)
		}
	}
	want := []string{"溧阳市人民政府常务会议纪要", "〔2026〕第12期", "一、关于城市更新三年行动计划", "（一）强化资金保障。", "出席：", "王喆", "请假：", "赵玥（出差）", "列席：", "分送："}
	for _, w := range want {
		if !strings.Contains(squash(laid.String()), squash(w)) {
			t.Errorf("the laid-out 纪要 lacks %q", w)
		}
	}
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("pdftotext not installed")
	}
	path := filepath.Join(t.TempDir(), "m.pdf")
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command("pdftotext", "-enc", "UTF-8", path, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	text := squash(string(out))
	for _, b := range data.ParseMinutesText(body) {
		if !strings.Contains(text, squash(b.Text)) {
			t.Errorf("the PDF's text lacks %q", b.Text)
		}
	}
}

// 四十六: only a signed 纪要 is issued; the 分送 is required; a heading
// without its numeral is named rather than printed wrong.
func TestMinutesRefusals四十六(t *testing.T) {
	r := record()
	r.Minutes.Stage, r.Minutes.SignedOn = data.MinutesReviewed, time.Time{}
	if _, err := Minutes(r); err == nil || !strings.Contains(err.Error(), "第四十六条") {
		t.Errorf("unsigned: %v", err)
	}
	r = record()
	r.Minutes.Distribution = ""
	if _, err := Minutes(r); err == nil || !strings.Contains(err.Error(), "分送") {
		t.Errorf("no 分送: %v", err)
	}
	r = record()
	r.Text.Body = "开头。\n# 关于没有序号的标题"
	if _, err := Minutes(r); err == nil || !strings.Contains(err.Error(), "body") {
		t.Errorf("bad heading: %v", err)
	}
}

// The 审签单 carries each step with who, why, opinion and date, the
// 公开属性 and the 三重一大 note, and lays out.
func TestSignOffSheet(t *testing.T) {
	r := record()
	r.Chain[2].Opinion, r.Chain[2].Day = "", time.Time{}
	s := SignOff(r, on("2026-05-08"))
	if err := s.Validate(); err != nil {
		t.Fatal(err)
	}
	if len(s.Steps) != 3 || s.Steps[1].Opinion != "请市长审签" || !s.Steps[2].Date.IsZero() || !strings.Contains(s.Meeting, "第12次") {
		t.Fatalf("sheet %+v", s)
	}
	var buf bytes.Buffer
	lay, err := paper.Render(s, &buf, paper.DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	var laid strings.Builder
	for _, l := range lay.Lines {
		laid.WriteString(l.Text)
	}
	for _, w := range []string{"纪要审签单", "依申请公开", "三重一大", "周海峰", "请市长审签", "签名"} {
		if !strings.Contains(squash(laid.String()), squash(w)) {
			t.Errorf("the 审签单 lacks %q", w)
		}
	}
}
