package meetingpdf

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"huiwu/data"
	"huiwu/export/paper"
	"huiwu/export/typeset"
	"huiwu/rules"
)

func record() data.MeetingRecord {
	st := time.Date(2026, 12, 3, 9, 0, 0, 0, time.UTC)
	m := data.Meeting{ID: 7, Title: "市政府第12次常务会议", Kind: data.MeetingExecutive, Number: 12, Start: st, End: st.Add(150 * time.Minute), Place: "三楼会议室", ChairName: "王建国", Status: data.StatusNotified}
	names := []string{"王建国", "李常务", "周玥", "吴昇", "郑喆", "冯堃", "陈犇"}
	var ps []data.Participant
	for i, n := range names {
		ps = append(ps, data.Participant{PersonID: int64(i + 1), Name: n, UnitName: "溧阳市人民政府", Post: "副市长", Rank: i + 1, Role: data.AttendMember})
	}
	ps[0].Post, ps[1].Post = "市长", "常务副市长"
	ps = append(ps,
		data.Participant{PersonID: 20, Name: "陈局长", UnitName: "溧阳市人力资源和社会保障局", Post: "局长", Role: data.AttendObserver, Status: data.AttendSubstitute, SubstituteName: "钱副", SubstitutePost: "副局长"},
		data.Participant{PersonID: 21, Name: "赵代表", Post: "市人大代表，上黄镇企业董事长", Role: data.AttendInvited},
	)
	filed := time.Date(2026, 11, 30, 10, 12, 0, 0, time.Local)
	ls := []data.LeaveRequest{{
		ID: 3, PersonID: 20, PersonName: "陈局长", UnitName: "溧阳市人力资源和社会保障局", Post: "局长", Reason: "参加省厅培训",
		SubstituteName: "钱副", SubstitutePost: "副局长", Status: data.LeaveApproved, FiledAt: filed, FiledBy: "郑秘书",
		Steps: []data.LeaveStep{
			{Seq: 1, ApproverName: "孙主任", Why: "主要领导主持的重要会议，单位负责人向办公室主任请假（第六十一条）", Decision: data.LeaveApproved, Opinion: "拟同意，呈市长", DecidedAt: filed.Add(time.Hour)},
			{Seq: 2, ApproverName: "王建国", Why: "由办公室报市长审批（第六十一条）", Decision: data.LeavePending},
		},
	}}
	return data.MeetingRecord{Meeting: m, Participants: ps, Leaves: ls}
}

// render writes p and returns its layout; with HUIWU_PDF_DIR set it also
// keeps the PDF there to be looked at.
func render(t *testing.T, p paper.Paper, name string) []byte {
	t.Helper()
	if err := p.Validate(); err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := Write(&buf, p, Options{AuditHead: "42:abcdef012345"}); err != nil {
		t.Fatal(err)
	}
	if dir := os.Getenv("HUIWU_PDF_DIR"); dir != "" {
		if err := os.WriteFile(filepath.Join(dir, name+".pdf"), buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return buf.Bytes()
}

func lines(t *testing.T, p paper.Paper) []string {
	t.Helper()
	lay, err := paper.Render(p, new(bytes.Buffer), paper.DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, l := range lay.Lines {
		out = append(out, l.Text)
	}
	return out
}

func TestSignInPDFListsGroupsInOrder(t *testing.T) {
	s := SignIn(record(), Options{Recorder: "郑秘书"})
	render(t, s, "signin")
	text := strings.Join(lines(t, s), "\n")
	for _, want := range []string{"市政府第12次常务会议签到表", "（出席）", "王建国", "周　玥", "（列席）", "代会：钱", "应到7人，实到　　人，请假0人，缺席　　人", "记录人：郑秘书"} {
		if !strings.Contains(text, want) {
			t.Errorf("签到表 lacks %q:\n%s", want, text)
		}
	}
	if strings.Index(text, "王建国") > strings.Index(text, "李常务") {
		t.Error("not in protocol order")
	}
}

func TestLeavePDFShowsTheRoute六十一(t *testing.T) {
	f, err := Leave(record(), 3, "郑秘书")
	if err != nil {
		t.Fatal(err)
	}
	render(t, f, "leave")
	text := strings.Join(lines(t, f), "\n")
	for _, want := range []string{"请假审批单", "陈局长", "参加省厅培训", "有，钱副 副局长", "审批（1）孙主任", "同意。拟同意，呈市长", "审批（2）王建国", "郑秘书 记录"} {
		if !strings.Contains(text, want) {
			t.Errorf("请假审批单 lacks %q:\n%s", want, text)
		}
	}
	// No secretary named: a line to sign on, never the login that filed it.
	if f, err := Leave(record(), 3, ""); err != nil || !strings.HasSuffix(f.Filed, "，＿＿＿＿＿＿ 记录") {
		t.Errorf("unnamed recorder: %q, %v", f.Filed, err)
	}
	if _, err := Leave(record(), 99, ""); data.ErrorCode(err) != data.ENotFound {
		t.Fatalf("unknown leave: %v", err)
	}
}

func TestSeatingPDF以左为尊(t *testing.T) {
	c := Seating(record(), Options{Layout: rules.Rostrum})
	render(t, c, "seating")
	if c.Rows[0].Name != "主席台" || len(c.Rows[0].Seats) != 7 || c.Rows[0].Seats[3].Name != "王建国" || c.Rows[0].Seats[0].Name != "陈犇" {
		t.Fatalf("rostrum %+v", c.Rows[0])
	}
	text := strings.Join(lines(t, c), "\n")
	if !strings.Contains(text, "陈　犇") && !strings.Contains(text, "陈犇") {
		t.Fatalf("seating text:\n%s", text)
	}
}

func TestTableCardsBothFacesAndRefuseUncovered(t *testing.T) {
	var buf bytes.Buffer
	if err := TableCards(&buf, record(), Options{}); err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(buf.Bytes(), []byte("%PDF")) || bytes.Count(buf.Bytes(), []byte("/Type /Page\n")) != 9 {
		t.Fatalf("cards: %d pages", bytes.Count(buf.Bytes(), []byte("/Type /Page\n")))
	}
	if dir := os.Getenv("HUIWU_PDF_DIR"); dir != "" {
		os.WriteFile(filepath.Join(dir, "cards.pdf"), buf.Bytes(), 0o644)
	}
	err := paper.TableCards(new(bytes.Buffer), []string{"王𠮷"}, time.Now(), paper.CardOptions{})
	if err == nil || !strings.Contains(err.Error(), "王𠮷") {
		t.Fatalf("uncovered name: %v", err)
	}
	if err := paper.TableCards(new(bytes.Buffer), []string{"王"}, time.Now(), paper.CardOptions{Face: "宋"}); err == nil {
		t.Fatal("unknown face accepted")
	}
	names := CardNames(record(), Options{})
	if names[0] != "王建国" || len(names) != 9 {
		t.Fatalf("card names %v", names)
	}
}

// TestWriteExamples regenerates docs/formats/{signin,leave,seating}.json from
// the sample record when HUIWU_WRITE_EXAMPLES is set; otherwise it checks
// that the documented examples still match what the builders make.
func TestWriteExamples(t *testing.T) {
	leave, err := Leave(record(), 3, "郑秘书")
	if err != nil {
		t.Fatal(err)
	}
	for kind, p := range map[string]paper.Paper{
		"signin":  SignIn(record(), Options{Recorder: "郑秘书"}),
		"leave":   leave,
		"seating": Seating(record(), Options{Layout: rules.Rostrum}),
	} {
		b, err := json.MarshalIndent(p, "", "  ")
		if err != nil {
			t.Fatal(err)
		}
		b = append(b, '\n')
		path := filepath.Join("..", "..", "docs", "formats", kind+".json")
		if os.Getenv("HUIWU_WRITE_EXAMPLES") != "" {
			if err := os.WriteFile(path, b, 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		old, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(old, b) {
			t.Errorf("%s differs from what the builder makes; rerun with HUIWU_WRITE_EXAMPLES=1", path)
		}
	}
}

// A long group runs over pages with the header row at the top of each.
func TestSignInPDFRepeatsTheHeaderOnEveryPage(t *testing.T) {
	r := record()
	for i := range 60 {
		r.Participants = append(r.Participants, data.Participant{PersonID: int64(100 + i), Name: "人员" + string(rune('甲'+i%10)), UnitName: "溧阳市人力资源和社会保障局", Post: "局长", Role: data.AttendMember})
	}
	lay, err := paper.Render(SignIn(r, Options{}), new(bytes.Buffer), paper.DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	heads := map[int]int{}
	rows := 0
	for _, l := range lay.Lines {
		if l.Style == "signin-head" && l.Text == "序号" {
			heads[l.Page]++
		}
		if l.Style == "signin-cell" && l.X < typeset.MarginLeft+12 && strings.Trim(l.Text, "0123456789") == "" {
			rows++ // the 序号 cell of a row
		}
	}
	if rows != 69 || lay.Pages < 4 {
		t.Fatalf("%d rows on %d pages", rows, lay.Pages)
	}
	for pg := 1; pg <= lay.Pages; pg++ {
		if heads[pg] != 1 {
			t.Fatalf("page %d has %d header rows (%v)", pg, heads[pg], heads)
		}
	}
}

func TestSeatMapDrawsEveryRow(t *testing.T) {
	var buf bytes.Buffer
	if err := SeatMap(&buf, record(), Options{Layout: rules.Rostrum}); err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(buf.Bytes(), []byte("%PDF")) || bytes.Count(buf.Bytes(), []byte("/Type /Page\n")) != 1 {
		t.Fatal("not a one-page PDF")
	}
	if dir := os.Getenv("HUIWU_PDF_DIR"); dir != "" {
		os.WriteFile(filepath.Join(dir, "seatmap.pdf"), buf.Bytes(), 0o644)
	}
	var again bytes.Buffer
	if err := SeatMap(&again, record(), Options{Layout: rules.Rostrum}); err != nil || !bytes.Equal(buf.Bytes(), again.Bytes()) {
		t.Fatal("two drawings of one record differ")
	}
	c := Seating(record(), Options{})
	c.Rows[0].Seats[0].Name = "王𠮷"
	if err := paper.SeatMap(new(bytes.Buffer), c, paper.CardOptions{}); err == nil || !strings.Contains(err.Error(), "王𠮷") {
		t.Fatalf("uncovered name: %v", err)
	}
}
