package demo

import (
	"time"

	"huiwu/data"
)

// TopicPlan is one demonstration topic (议题) and the way it went, for a
// loader to replay through the store with the clock set to each day: the
// declaration, the opinions, the checklist and legal opinion, the
// materials, the seven steps of 四十一 and the meeting's decision.
type TopicPlan struct {
	Meeting  int              // the meeting's number in the demo year; 0: no meeting yet
	Kind     data.MeetingKind // the meeting's kind; "" is the 常务会议
	Title    string           // the topic
	Unit     string           // short name of the submitting unit
	Related  []string
	Minutes  int
	Flags    data.TopicFlags
	Declared time.Time // the day it is declared (step 4)
	// End is the state the topic is left in (a data.TopicState code).
	End      string
	Outcome  string // the meeting's decision, for a deliberated topic
	Reason   string // why 暂缓 or 退回
	CarryTo  int    // the later meeting a deferred or 再议 topic goes to
	Differ   string // a related unit's differing opinion, which holds it in research
	Late     string // the 市长's approval of a late declaration
	FollowUp string // the 二十三 report, when recorded
	Copies   int    // paper copies received of each material
}

func td(month, day int) time.Time {
	return time.Date(Today.Year(), time.Month(month), day, 0, 0, 0, 0, time.UTC)
}

// Topics are the demonstration topics: each step of the seven, several
// outcomes, a deferral carried over, a return, a late declaration with the
// exception, and the follow-up of 二十三 both recorded and pending.
func Topics() []TopicPlan {
	budget := data.TopicFlags{Subjects: []string{"budget"}}
	major := data.TopicFlags{MajorDecision: true, PublicInterest: true}
	norm := data.TopicFlags{Normative: true}
	return []TopicPlan{
		{Meeting: 1, Title: "2026年市级财政预算执行安排", Unit: "财政局", Related: []string{"发改委"}, Minutes: 20, Flags: budget, Declared: td(1, 2), End: "deliberated", Outcome: "passed", FollowUp: "1月20日报市人大常委会审议", Copies: 3},
		{Meeting: 1, Title: "溧阳市农村人居环境整治提升行动方案", Unit: "农业农村局", Related: []string{"财政局", "生态环境局"}, Minutes: 15, Declared: td(1, 3), End: "deliberated", Outcome: "passed_in_principle", Copies: 3},
		{Meeting: 3, Title: "城区老旧小区改造三年计划", Unit: "住建局", Related: []string{"财政局", "资规局"}, Minutes: 15, Flags: major, Declared: td(2, 20), End: "deliberated", Outcome: "revise", CarryTo: 4, Copies: 3},
		{Meeting: 4, Title: "溧阳市城区停车设施建设管理办法", Unit: "住建局", Related: []string{"公安局", "城管局"}, Minutes: 10, Flags: norm, Declared: td(3, 10), End: "deliberated", Outcome: "passed", Copies: 3},
		{Meeting: 5, Title: "天目湖水源地保护区调整方案", Unit: "生态环境局", Related: []string{"水利局"}, Minutes: 15, Declared: td(4, 12), End: "deferred", Reason: "待省生态环境厅意见", CarryTo: 6, Copies: 3},
		{Meeting: 6, Title: "市属国有企业资产划转方案", Unit: "财政局", Related: []string{"审计局"}, Minutes: 15, Flags: data.TopicFlags{Subjects: []string{"state_assets"}, ThreeMajor: true}, Declared: td(5, 20), End: "deliberated", Outcome: "passed", Copies: 3},
		{Meeting: 7, Title: "溧阳市菜市场提档升级实施意见", Unit: "商务局", Related: []string{"市场监管局"}, Minutes: 10, Declared: td(6, 15), End: "returned", Reason: "资金来源未落实，请会同财政局重新测算", Copies: 3},
		{Meeting: 8, Title: "溧阳市养老服务设施布局规划", Unit: "民政局", Related: []string{"资规局"}, Minutes: 15, Declared: td(7, 10), End: "deliberated", Outcome: "rejected", Copies: 3},
		{Meeting: 9, Title: "全市低空经济发展扶持政策", Unit: "工信局", Related: []string{"财政局"}, Minutes: 15, Flags: data.TopicFlags{MayorMatters: []data.DocFlag{data.FlagNewPolicy}}, Declared: td(9, 16), Late: "市长9月16日在申报单上批示同意", End: "deliberated", Outcome: "passed", Copies: 3},
		{Meeting: 10, Title: "溧阳高新区扩区方案", Unit: "发改委", Related: []string{"资规局"}, Minutes: 20, Flags: data.TopicFlags{Subjects: []string{"urban_plan"}}, Declared: td(9, 25), End: "deliberated", Outcome: "passed", Copies: 3},
		{Meeting: 11, Title: "2027年民生实事项目安排", Unit: "发改委", Related: []string{"财政局"}, Minutes: 15, Declared: td(10, 20), End: "deliberated", Outcome: "deferred", Copies: 3},
		{Meeting: 12, Title: "2027年市级财政预算草案", Unit: "财政局", Related: []string{"审计局"}, Minutes: 20, Flags: budget, Declared: td(11, 10), End: "noticed", Copies: 3},
		{Meeting: 12, Title: "农村公路提档升级三年行动计划", Unit: "交通局", Related: []string{"财政局", "资规局"}, Minutes: 15, Declared: td(11, 12), End: "noticed", Copies: 3},
		{Meeting: 12, Title: "溧阳市社区卫生服务中心建设方案", Unit: "卫健委", Related: []string{"财政局"}, Minutes: 10, Declared: td(11, 26), End: "declared", Copies: 3},
		{Meeting: 45, Kind: data.MeetingMayorOffice, Title: "天目湖旅游度假区道路提升工程资金安排", Unit: "交通局", Related: []string{"财政局"}, Minutes: 15, Declared: td(11, 20), End: "approved", Copies: 3},
		{Meeting: 45, Kind: data.MeetingMayorOffice, Title: "城区公共自行车系统运营调整", Unit: "城管局", Related: []string{"交通局"}, Minutes: 10, Declared: td(11, 24), End: "collected", Copies: 3},
		{Meeting: 45, Kind: data.MeetingMayorOffice, Title: "市区夜间经济街区试点方案", Unit: "商务局", Related: []string{"城管局"}, Minutes: 10, Declared: td(11, 25), End: "deferred", Reason: "待征求沿街商户意见后再议", Copies: 3},
		{Title: "溧阳市公共数据授权运营管理办法", Unit: "数据局", Related: []string{"司法局"}, Minutes: 10, Flags: norm, End: "legal", Copies: 3},
		{Title: "城乡供水一体化改造工程", Unit: "水利局", Related: []string{"财政局"}, Minutes: 15, End: "reported", Copies: 2},
		{Title: "全市中小学校舍安全提升工程", Unit: "教育局", Related: []string{"财政局", "住建局"}, Minutes: 15, Differ: "资金分担比例需进一步商定", End: "research"},
	}
}
