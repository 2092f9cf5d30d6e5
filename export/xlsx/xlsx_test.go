package xlsx

import (
	"bytes"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"huiwu/data"
	"huiwu/rules"
)

func meeting() data.Meeting {
	st := time.Date(2026, 12, 3, 9, 0, 0, 0, time.UTC)
	return data.Meeting{
		ID: 7, Title: "市政府第12次常务会议", Kind: data.MeetingExecutive, Number: 12, Start: st, End: st.Add(150 * time.Minute),
		Place: "三楼会议室", ChairName: "王建国", Status: data.StatusHeld,
	}
}

func record() data.MeetingRecord {
	at := time.Date(2026, 12, 3, 8, 55, 0, 0, time.Local)
	ps := []data.Participant{
		{PersonID: 1, Name: "王建国", Post: "市长", UnitName: "溧阳市人民政府", UnitOrder: 10, Role: data.AttendMember, Status: data.AttendPresent, At: at},
		{PersonID: 2, Name: "李常务", Post: "常务副市长", UnitName: "溧阳市人民政府", UnitOrder: 10, Role: data.AttendMember, Status: data.AttendLate, At: at.Add(10 * time.Minute)},
		{PersonID: 3, Name: "周玥", Post: "副市长", UnitName: "溧阳市人民政府", UnitOrder: 10, Role: data.AttendMember, Status: data.AttendLeave},
		{PersonID: 4, Name: "陈局长", Post: "局长", UnitName: "溧阳市审计局", UnitOrder: 20, Role: data.AttendObserver, Status: data.AttendSubstitute, SubstituteName: "钱副", SubstitutePost: "副局长"},
		{PersonID: 5, Name: "赵代表", Post: "市人大代表", UnitOrder: -1, Role: data.AttendInvited, Status: data.AttendAbsent},
		{PersonID: 6, Name: "郑秘书", Post: "秘书科科长", UnitOrder: -1, Role: data.AttendStaff, Status: data.AttendPresent},
	}
	ls := []data.LeaveRequest{
		{PersonID: 3, Reason: "赴省开会", Status: data.LeaveApproved, Steps: []data.LeaveStep{{ApproverName: "王建国", Decision: data.LeaveApproved, Opinion: "同意", DecidedAt: at.AddDate(0, 0, -1)}}},
		{PersonID: 4, Reason: "培训", Status: data.LeavePending, Steps: []data.LeaveStep{{ApproverName: "孙主任", Decision: data.LeavePending}}},
	}
	return data.MeetingRecord{Meeting: meeting(), Participants: ps, Leaves: ls}
}

func open(t *testing.T, b []byte) *excelize.File {
	t.Helper()
	f, err := excelize.OpenReader(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
	return f
}

func cells(t *testing.T, f *excelize.File, sheet string, want map[string]string) {
	t.Helper()
	for cell, v := range want {
		got, err := f.GetCellValue(sheet, cell)
		if err != nil {
			t.Fatal(err)
		}
		if got != v {
			t.Errorf("%s!%s = %q, want %q", sheet, cell, got, v)
		}
	}
}

func TestSignInSheetCellByCell(t *testing.T) {
	r := record()
	r.Participants = append(r.Participants, data.Participant{PersonID: 7, Name: "孙局长", UnitName: "溧阳市教育局", Post: "局长", UnitOrder: 30, Role: data.AttendObserver, Topic: "学位供给"})
	var buf bytes.Buffer
	if err := SignIn(&buf, r, SignInOptions{Recorder: "郑秘书", AuditHead: "42:abcdef012345"}); err != nil {
		t.Fatal(err)
	}
	f := open(t, buf.Bytes())
	if got := f.GetSheetList(); len(got) != 2 || got[0] != "出席" || got[1] != "列席" {
		t.Fatalf("sheets %v", got)
	}
	cells(t, f, "出席", map[string]string{
		"A1": "市政府第12次常务会议签到表（出席）",
		"A2": "时间：2026年12月3日（星期四）上午9:00—11:30　　地点：三楼会议室",
		"A3": "序号", "B3": "姓名", "C3": "单位及职务", "D3": "本人签名", "E3": "备注",
		"A4": "1", "B4": "王建国", "C4": "市长", "D4": "", "E4": "",
		"B5": "李常务", "E5": "迟到",
		"B6": "周　玥", "E6": "请假",
		"A7": "应到3人，实到2人，请假1人，缺席0人",
		"A8": "记录人：郑秘书", "A9": "审计头：42:abcdef012345",
	})
	cells(t, f, "列席", map[string]string{
		"B4": "陈局长", "C4": "溧阳市审计局局长", "E4": "代会：钱副 副局长",
		"B5": "赵代表", "C5": "市人大代表", "E5": "缺席",
		"B6": "孙局长", "E6": "列席议题：学位供给",
		"A7": "应到3人，实到0人，请假1人，缺席2人",
	})
	merged, err := f.GetMergeCells("出席")
	if err != nil || len(merged) != 5 || merged[0].GetStartAxis() != "A1" || merged[0].GetEndAxis() != "E1" {
		t.Fatalf("merged %v %v", merged, err)
	}
	layout, err := f.GetPageLayout("出席")
	if err != nil || layout.FitToWidth == nil || *layout.FitToWidth != 1 || *layout.Size != 9 || *layout.Orientation != "portrait" {
		t.Fatalf("page layout %+v %v", layout, err)
	}
	props, _ := f.GetSheetProps("出席")
	if props.FitToPage == nil || !*props.FitToPage {
		t.Fatal("not fit to page")
	}
	var titles bool
	for _, d := range f.GetDefinedName() {
		if d.Name == "_xlnm.Print_Titles" && d.Scope == "出席" && strings.HasSuffix(d.RefersTo, "$3:$3") {
			titles = true
		}
	}
	if !titles {
		t.Fatalf("header row not repeated: %+v", f.GetDefinedName())
	}
	style, _ := f.GetCellStyle("出席", "C4")
	st, _ := f.GetStyle(style)
	if len(st.Border) != 4 {
		t.Fatalf("cell borders %+v", st.Border)
	}
}

func TestSignInBeforeTheMeetingLeavesBlanks(t *testing.T) {
	r := record()
	for i := range r.Participants {
		r.Participants[i].Status = data.NotSignedIn
	}
	r.Participants = r.Participants[:3]
	var buf bytes.Buffer
	if err := SignIn(&buf, r, SignInOptions{}); err != nil {
		t.Fatal(err)
	}
	f := open(t, buf.Bytes())
	if got := f.GetSheetList(); len(got) != 1 {
		t.Fatalf("empty 列席 sheet written: %v", got)
	}
	cells(t, f, "出席", map[string]string{"A7": "应到3人，实到　　人，请假0人，缺席　　人", "A8": "记录人：　　　　　　"})
}

func TestAttendanceRecordCellByCell(t *testing.T) {
	var buf bytes.Buffer
	if err := Attendance(&buf, record(), "42:abcdef012345"); err != nil {
		t.Fatal(err)
	}
	f := open(t, buf.Bytes())
	if props, err := f.GetDocProps(); err != nil || !strings.Contains(props.Keywords, "42:abcdef012345") {
		t.Fatalf("audit head not in the workbook's properties: %+v %v", props, err)
	}
	cells(t, f, "出勤记录", map[string]string{
		"A10": "审计头：42:abcdef012345",
		"A1":  "市政府第12次常务会议出勤记录",
		"B4":  "王建国", "E4": "出席", "F4": "出席", "G4": "08:55",
		"B5": "李常务", "F5": "迟到", "G5": "09:05",
		"B6": "周玥", "F6": "请假", "I6": "赴省开会", "J6": "王建国同意12月2日",
		"B7": "陈局长", "E7": "列席", "F7": "代会", "H7": "钱副 副局长", "J7": "孙主任待批",
		"B8": "赵代表", "E8": "邀请列席", "F8": "缺席",
		"A9": "应到5人，实到2人（其中迟到1人），请假2人（其中代会1人），缺席1人，未签到0人",
	})
}

func TestStatsCellByCell(t *testing.T) {
	r1 := record()
	r2 := record()
	r2.Meeting.ID, r2.Meeting.Title = 8, "市政府第13次常务会议"
	r3 := record()
	r3.Meeting.Status = data.StatusPlanning
	st := rules.AttendanceStats([]data.MeetingRecord{r1, r2, r3})
	var buf bytes.Buffer
	from, to := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(2026, 12, 31, 0, 0, 0, 0, time.UTC)
	if err := Stats(&buf, StatsBook{Stats: st, From: from, To: to}); err != nil {
		t.Fatal(err)
	}
	f := open(t, buf.Bytes())
	cells(t, f, "按人员", map[string]string{
		"A2": "统计期间：2026年1月1日至2026年12月31日　　已召开会议2次（未召开1次、已取消0次不计）",
		"B4": "王建国", "E4": "2", "F4": "2", "G4": "0",
		"B5": "李常务", "F5": "2", "G5": "2",
		"B6": "周玥", "H6": "2", "I6": "0",
		"B7": "陈局长", "H7": "0", "I7": "2", "J7": "2", // substitute without approved leave
	})
	cells(t, f, "按单位", map[string]string{"B4": "溧阳市人民政府", "C4": "6", "D4": "4", "F4": "2"})
	rows, err := f.GetRows("缺席通报")
	if err != nil {
		t.Fatal(err)
	}
	// 2 meetings × (陈局长 pending leave + 赵代表 absent) = 4, then the footer.
	if len(rows) != 3+4+1 || rows[3][3] != "陈局长" || rows[3][5] != "请假未审批" || rows[4][5] != "缺席" || rows[7][0] != "共4人次" {
		t.Fatalf("absences %v", rows)
	}
}

func TestLongTextIsClippedToTheCellLimit(t *testing.T) {
	r := record()
	r.Participants[0].Post = strings.Repeat("长", 40000)
	var buf bytes.Buffer
	if err := SignIn(&buf, r, SignInOptions{}); err != nil {
		t.Fatal(err)
	}
	v, _ := open(t, buf.Bytes()).GetCellValue("出席", "C4")
	if n := len([]rune(v)); n != maxCell {
		t.Fatalf("cell has %d characters", n)
	}
}

// bigRecord is a meeting of n participants, for the benchmarks.
func bigRecord(n int) data.MeetingRecord {
	r := data.MeetingRecord{Meeting: meeting()}
	for i := range n {
		r.Participants = append(r.Participants, data.Participant{PersonID: int64(i + 1), Name: fmt.Sprintf("人员%03d", i), UnitName: "溧阳市某某局", Post: "局长", Role: data.AttendMember})
	}
	return r
}

// BenchmarkSignIn120 writes a 120-person 签到表; BenchmarkBareSignIn120
// writes the same cells with bare excelize (no styles, merges or page
// setup), the yardstick of issue 19 (goal: within 1.2×).
func BenchmarkSignIn120(b *testing.B) {
	r := bigRecord(120)
	for b.Loop() {
		var buf bytes.Buffer
		if err := SignIn(&buf, r, SignInOptions{}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkBareSignIn120(b *testing.B) {
	r := bigRecord(120)
	for b.Loop() {
		var buf bytes.Buffer
		if err := bare(&buf, signInTables(r, SignInOptions{})); err != nil {
			b.Fatal(err)
		}
	}
}

// bare writes the tables' cells with nothing but a stream writer.
func bare(buf *bytes.Buffer, tables []table) error {
	f := excelize.NewFile()
	defer f.Close()
	for i, t := range tables {
		if i == 0 {
			f.SetSheetName("Sheet1", t.name)
		} else if _, err := f.NewSheet(t.name); err != nil {
			return err
		}
		sw, err := f.NewStreamWriter(t.name)
		if err != nil {
			return err
		}
		row := 1
		set := func(values []any) error {
			err := sw.SetRow(fmt.Sprintf("A%d", row), values)
			row++
			return err
		}
		set([]any{t.title})
		set([]any{t.sub})
		head := make([]any, len(t.cols))
		for i, c := range t.cols {
			head[i] = c.head
		}
		set(head)
		for _, r := range t.rows {
			set(r)
		}
		for _, l := range t.footer {
			set([]any{l})
		}
		if err := sw.Flush(); err != nil {
			return err
		}
	}
	return f.Write(buf)
}

// Issue 16: a 签到表 made before the meeting, with two already signed in,
// leaves 实到 and 缺席 blank rather than counting the others absent.
func TestSignInSheetBeforeTheMeetingLeavesTheCountsBlank(t *testing.T) {
	var buf bytes.Buffer
	if err := SignIn(&buf, record(), SignInOptions{Early: true}); err != nil {
		t.Fatal(err)
	}
	f := open(t, buf.Bytes())
	cells(t, f, "出席", map[string]string{"A7": "应到3人，实到　　人，请假1人，缺席　　人"})
	cells(t, f, "列席", map[string]string{"A6": "应到2人，实到　　人，请假1人，缺席　　人"})
}
