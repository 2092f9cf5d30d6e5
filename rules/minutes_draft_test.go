package rules

import (
	"reflect"
	"testing"
	"time"

	"huiwu/data"
)

// 四十六 with formats §10.3: the opening line names the day, the chair (and
// a delegation, 六) and the meeting with its number.
func TestMinutesOpening四十六(t *testing.T) {
	start := time.Date(2026, 5, 6, 9, 0, 0, 0, time.UTC)
	mayor := data.Person{Name: "王喆", Post: "市长"}
	exec := data.Person{Name: "李堃", Post: "常务副市长"}
	tests := []struct {
		name  string
		m     data.Meeting
		chair data.Person
		want  string
	}{
		{
			"numbered executive meeting",
			data.Meeting{Kind: data.MeetingExecutive, Number: 12, Start: start},
			mayor,
			"5月6日，市长王喆主持召开市政府第12次常务会议，……。现纪要如下：",
		},
		{
			"delegate chairs (六)",
			data.Meeting{Kind: data.MeetingPlenary, Number: 3, Start: start, DelegationNote: "受市长委托（出访）"},
			exec,
			"5月6日，受市长委托，常务副市长李堃主持召开市政府第3次全体会议，……。现纪要如下：",
		},
		{
			"topical meeting says what it studied",
			data.Meeting{Kind: data.MeetingTopical, Title: "关于城市更新的专题会议", Start: start},
			exec,
			"5月6日，常务副市长李堃主持召开专题会议，研究城市更新有关事项。现纪要如下：",
		},
		{
			"unnumbered mayor's office meeting",
			data.Meeting{Kind: data.MeetingMayorOffice, Start: start},
			mayor,
			"5月6日，市长王喆主持召开市长办公会议，……。现纪要如下：",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := MinutesOpening(tt.m, tt.chair); got != tt.want {
				t.Errorf("\n got %s\nwant %s", got, tt.want)
			}
		})
	}
}

// formats §10.3: 出席 by protocol rank, 请假 with the reason, 列席 by unit
// order with the unit's name; staff are not listed; a substitute attends in
// the member's stead.
func TestBuildMinutesLists(t *testing.T) {
	units := []data.Unit{{ID: 1, Order: 2}, {ID: 2, Order: 1}}
	people := []data.Person{{ID: 10}, {ID: 11}, {ID: 12}, {ID: 20, UnitID: 1}, {ID: 21, UnitID: 2}, {ID: 22, UnitID: 2}, {ID: 30, UnitID: 2}}
	rec := data.MeetingRecord{
		Participants: []data.Participant{
			{PersonID: 11, Name: "李堃", Rank: 2, Role: data.AttendMember, Status: data.AttendPresent},
			{PersonID: 10, Name: "王喆", Rank: 1, Role: data.AttendMember, Status: data.AttendLate},
			{PersonID: 12, Name: "赵玥", Rank: 3, Role: data.AttendMember, Status: data.AttendLeave},
			{PersonID: 20, Name: "沈建国", UnitName: "市发展改革委", Role: data.AttendObserver, Status: data.AttendPresent},
			{PersonID: 21, Name: "韩梅", UnitName: "市财政局", Role: data.AttendObserver, Status: data.AttendSubstitute, SubstituteName: "周副"},
			{PersonID: 22, Name: "缺席者", UnitName: "市财政局", Role: data.AttendObserver, Status: data.AttendAbsent},
			{PersonID: 30, Name: "工作人员", Role: data.AttendStaff, Status: data.AttendPresent},
		},
		Leaves: []data.LeaveRequest{{PersonID: 12, Reason: "出差", Status: data.LeaveApproved}},
	}
	got := BuildMinutesLists(rec, people, units)
	want := data.MinutesLists{
		Present:   []string{"王喆", "李堃"},
		Leave:     []string{"赵玥（出差）"},
		Attending: []string{"市财政局 周副（代韩梅）", "市发展改革委 沈建国"},
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("\n got %+v\nwant %+v", got, want)
	}
	// Before any sign-in the invitation list stands.
	for i := range rec.Participants {
		rec.Participants[i].Status = data.NotSignedIn
	}
	if got := BuildMinutesLists(rec, people, units); len(got.Present) != 3 || len(got.Attending) != 3 || len(got.Leave) != 0 {
		t.Fatalf("no sign-in: %+v", got)
	}
}

// 四十六: a topic's section in the draft, heading numbered, decision phrased.
func TestMinutesSection(t *testing.T) {
	got := MinutesSection(12, "关于城市更新三年行动计划", "市住房城乡建设局", OutcomePrinciple)
	want := []string{
		"# 十二、关于城市更新三年行动计划",
		"会议听取了市住房城乡建设局关于城市更新三年行动计划的汇报。会议原则同意市住房城乡建设局提出的方案，由市住房城乡建设局根据会议意见修改完善后，按程序印发实施。",
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("\n got %q\nwant %q", got, want)
	}
	if got := MinutesSection(1, "防汛", "市水利局", ""); got[1] != "会议听取了市水利局关于防汛的汇报。" {
		t.Fatalf("undecided: %q", got[1])
	}
	for n, want := range map[int]string{1: "一", 10: "十", 11: "十一", 20: "二十", 21: "二十一", 99: "九十九"} {
		if got := ChineseCount(n); got != want {
			t.Errorf("ChineseCount(%d) = %s, want %s", n, got, want)
		}
	}
}

// The office may set the opening per meeting kind; the template must name
// the chair and the meeting and use only the placeholders filled.
func TestMinutesTemplate(t *testing.T) {
	m := data.Meeting{Kind: data.MeetingExecutive, Number: 3, Start: time.Date(2026, 5, 6, 9, 0, 0, 0, time.UTC)}
	got := MinutesOpeningFrom("{月}月{日}日上午，{主持人}在市行政中心主持召开{会议}。现将会议议定事项纪要如下：", m, data.Person{Name: "王喆", Post: "市长"})
	if got != "5月6日上午，市长王喆在市行政中心主持召开市政府第3次常务会议。现将会议议定事项纪要如下：" {
		t.Fatalf("got %s", got)
	}
	for _, bad := range []string{"{月}月{日}日召开{会议}", "{主持人}主持召开{会议}，{地点}"} {
		if err := CheckMinutesTemplate(bad); err == nil {
			t.Errorf("%q accepted", bad)
		}
	}
	if err := CheckMinutesTemplate(DefaultMinutesTemplate); err != nil {
		t.Fatal(err)
	}
}
