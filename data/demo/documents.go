package demo

import (
	"time"

	"huiwu/data"
)

// DocPlan is one demonstration document and what happens to it, each step
// on its own day, so that a loader can replay it through the store with the
// clock set to that day: registration and the 四十七 checks, a countersign
// with replies, extensions and silence (四十八), the office's opinion and
// route (四十九), a 批示, and for a normative document its reviews, signing,
// issue and 备案 (五十, 十九).
type DocPlan struct {
	Doc       data.Document // UnitID left 0: Unit names it
	Unit      string        // short name of the submitting unit
	Signers   []string      // countersigning units, short names
	Sent      time.Time
	Extend    []PlanExtend
	Replies   []PlanReply // in the order they came; a signer missing stays silent
	Dispute   [2]string   // each side's reasons, the lead unit's proposal
	Signed    []PlanReply // the disagreeing units countersigning the summary
	Opinion   string
	OpinionOn time.Time
	Instruct  string // the 批示 of the routed leader
	InstrOn   time.Time
	// Normative documents.
	Review    *PlanReview
	SecrecyOn time.Time
	SignOn    time.Time // an attempt to sign: refused if 五十 forbids it
	IssueOn   time.Time
	FileOn    time.Time
	Planned   bool      // in the year's plan of normative documents (十七)
	CloseOn   time.Time // marked 已办结
}

// PlanExtend is a later deadline a unit agreed with the lead unit.
type PlanExtend struct {
	Unit   string
	To     time.Time
	Reason string
}

// PlanReply is one unit's countersign reply.
type PlanReply struct {
	Unit    string
	Reply   data.Reply
	Reasons string
	Replier string
	On      time.Time
}

// PlanReview is the 司法局's legal review.
type PlanReview struct {
	Lawful bool
	On     time.Time
	Ref    string
}

func d(m time.Month, day int) time.Time { return time.Date(2026, m, day, 0, 0, 0, 0, time.UTC) }

func doc(kind data.DocKind, title, number string, received time.Time, flags ...data.DocFlag) data.Document {
	x := data.Document{Kind: kind, Title: title, Number: number, Received: received, Flags: flags, Intake: data.Intake{ViaOffice: true, MattersSeen: 1}}
	if kind == data.DocNormative {
		x.Disclosure = "主动公开" // 五十: declared when submitted
	}
	return x
}

// Documents is a year of demonstration documents in every state: on-time,
// extended, late and lapsed countersigns across 春节 and the National Day
// holiday of 2026, routes to the 分管 leader, to the 市长 and to his delegate,
// returned documents, and normative documents reviewed, refused, issued,
// filed and overdue for filing. Names are fictional.
func Documents() []DocPlan {
	fiscal := PlanReply{Unit: "财政局", Reply: data.ReplyAgree, Replier: "预算科 许科长"}
	return []DocPlan{
		{
			Doc: doc(data.DocRequest, "关于2026年市级重点项目投资计划的请示", "溧发改〔2026〕3号", d(1, 8), data.FlagBigInvestment), Unit: "发改委",
			Signers: []string{"财政局", "资规局"}, Sent: d(1, 8),
			Replies:   []PlanReply{at(fiscal, d(1, 13)), {Unit: "资规局", Reply: data.ReplyNoIdea, Replier: "规划科 何科长", On: d(1, 15)}},
			Opinion:   "两单位均无不同意见。拟呈市长审示后提交常务会议研究。",
			OpinionOn: d(1, 20), Instruct: "同意，提交市政府常务会议研究。", InstrOn: d(1, 22), CloseOn: d(3, 2),
		},
		{
			// Sent before 春节: the deadline runs past the holiday to 02-26.
			Doc: doc(data.DocRequest, "关于城东小学新建工程用地的请示", "溧教〔2026〕9号", d(2, 10)), Unit: "教育局",
			Signers: []string{"资规局", "住建局"}, Sent: d(2, 10),
			Extend: []PlanExtend{{Unit: "住建局", To: d(3, 4), Reason: "需核对地块红线，与教育局商定"}},
			Replies: []PlanReply{
				{Unit: "资规局", Reply: data.ReplyAgree, Replier: "用地科 罗科长", On: d(2, 25)},
				{Unit: "住建局", Reply: data.ReplyAgree, Replier: "建管科 梁科长", On: d(3, 3)},
			},
			Opinion: "资规局、住建局同意。拟请分管副市长阅示。", OpinionOn: d(3, 5),
			Instruct: "同意，请教育局抓紧办理用地手续。", InstrOn: d(3, 6), CloseOn: d(4, 1),
		},
		{
			Doc: doc(data.DocNormative, "溧阳市城市道路占用挖掘管理办法（草案）", "溧交〔2026〕11号", d(3, 2), data.FlagCityWide), Unit: "交通局",
			Review: &PlanReview{Lawful: true, On: d(3, 20), Ref: "溧司审〔2026〕4号"}, SignOn: d(4, 10), IssueOn: d(4, 20), FileOn: d(4, 30), Planned: true,
			Opinion: "司法局审查合法。拟呈市长审签。", OpinionOn: d(3, 23), Instruct: "同意印发。", InstrOn: d(4, 9),
		},
		{
			// 四十七: a 报告 with a request inside is returned.
			Doc: func() data.Document {
				x := doc(data.DocReport, "关于上半年卫生健康工作情况暨申请追加经费的报告", "溧卫〔2026〕21号", d(5, 12))
				x.Intake.HasRequest = true
				return x
			}(), Unit: "卫健委",
		},
		{
			// 四十七: sent to a leader personally, two matters in one 请示.
			Doc: func() data.Document {
				x := doc(data.DocRequest, "关于村道拓宽和文化礼堂建设的请示", "上黄政〔2026〕7号", d(6, 3))
				x.Intake = data.Intake{ViaOffice: false, ToLeader: true, MattersSeen: 2}
				return x
			}(), Unit: "上黄镇",
		},
		{
			// During the 市长's delegation (09-14 to 09-18) an emergency goes to the delegate.
			Doc: doc(data.DocRequest, "关于天目湖镇山体滑坡应急处置经费的请示", "溧应急〔2026〕15号", d(9, 15), data.FlagEmergency), Unit: "应急局",
			Opinion: "情况紧急。拟呈受市长委托的常务副市长审示。", OpinionOn: d(9, 16),
			Instruct: "同意，请财政局先行拨付，应急局做好处置。", InstrOn: d(9, 17),
		},
		{
			// The worked example: sent Mon 09-28, due Tue 10-13 across the National Day holiday.
			Doc: doc(data.DocRequest, "关于申请农村道路提档升级补助资金的请示", "溧城〔2026〕31号", d(9, 28), data.FlagFinance), Unit: "溧城街道",
			Signers: []string{"财政局", "交通局", "资规局"}, Sent: d(9, 28),
			Extend: []PlanExtend{{Unit: "交通局", To: d(10, 16), Reason: "需实地踏勘，与街道商定"}},
			Replies: []PlanReply{
				{Unit: "财政局", Reply: data.ReplyDisagree, Reasons: "补助标准应按市级农村公路养护资金办法，每公里12万元核定", Replier: "预算科 许科长", On: d(10, 9)},
				{Unit: "交通局", Reply: data.ReplyAgree, Replier: "公路科 韩科长", On: d(10, 15)},
			},
			Dispute: [2]string{"街道主张每公里15万元；财政局主张按每公里12万元核定", "按每公里12万元核定，超出部分由街道自筹"},
			Signed:  []PlanReply{{Unit: "财政局", Replier: "预算科 许科长", On: d(10, 16)}},
			Opinion: "资规局逾期未回复，视为无不同意见；财政局有不同意见，已由街道列明各方理由。拟呈市长审示。", OpinionOn: d(10, 19),
			Instruct: "同意按每公里12万元补助。", InstrOn: d(10, 21),
		},
		{
			// Both replies on the make-up Saturday 10-10.
			Doc: doc(data.DocReport, "关于秋粮收购工作情况的报告", "溧农〔2026〕40号", d(9, 30)), Unit: "农业农村局",
			Signers: []string{"商务局", "市场监管局"}, Sent: d(9, 30),
			Replies: []PlanReply{
				{Unit: "商务局", Reply: data.ReplyNoIdea, Replier: "流通科 冯科长", On: d(10, 10)},
				{Unit: "市场监管局", Reply: data.ReplyAgree, Replier: "价监科 邓科长", On: d(10, 10)},
			},
			Opinion: "拟请分管副市长阅。", OpinionOn: d(10, 12), Instruct: "已阅。", InstrOn: d(10, 13),
		},
		{
			Doc: doc(data.DocNormative, "溧阳市物业管理办法（草案）", "溧住建〔2026〕52号", d(10, 9), data.FlagPeople), Unit: "住建局",
			Review: &PlanReview{Lawful: false, On: d(10, 20), Ref: "溧司审〔2026〕19号"}, SignOn: d(10, 22), Planned: true,
		},
		{
			Doc: func() data.Document {
				x := doc(data.DocNormative, "溧阳市重点场所安全防范管理办法（草案）", "溧公〔2026〕30号", d(10, 26))
				x.Classification, x.SecrecyTerm, x.Disclosure = "秘密", "1年", "不予公开"
				return x
			}(), Unit: "公安局",
			Review: &PlanReview{Lawful: true, On: d(11, 2), Ref: "溧司审〔2026〕22号"}, SignOn: d(11, 4),
		},
		{
			// Issued 11-05, due for 备案 by 11-20, not filed: overdue.
			Doc: doc(data.DocNormative, "溧阳市食品小作坊登记管理办法（草案）", "溧市监〔2026〕44号", d(10, 12), data.FlagPeople), Unit: "市场监管局",
			Review: &PlanReview{Lawful: true, On: d(10, 27), Ref: "溧司审〔2026〕20号"}, SignOn: d(11, 3), IssueOn: d(11, 5), Planned: true,
			Opinion: "司法局审查合法。拟呈市长审签。", OpinionOn: d(10, 28), Instruct: "同意。", InstrOn: d(11, 2),
		},
		{
			// Reviewed and signed, to be issued.
			Doc: doc(data.DocNormative, "溧阳市医疗保障定点机构管理办法（草案）", "溧医保〔2026〕14号", d(10, 30), data.FlagPeople), Unit: "医保局",
			Review: &PlanReview{Lawful: true, On: d(11, 13), Ref: "溧司审〔2026〕24号"}, SignOn: d(11, 20),
			Opinion: "司法局审查合法。拟呈市长审签。", OpinionOn: d(11, 16), Instruct: "同意。", InstrOn: d(11, 19),
		},
		{
			Doc: doc(data.DocRequest, "关于提请市人大常委会审议城市更新条例议案的请示", "溧司〔2026〕17号", d(11, 2), data.FlagNPC), Unit: "司法局",
			Opinion: "拟呈市长审示。", OpinionOn: d(11, 4), Instruct: "同意提请审议。", InstrOn: d(11, 6),
		},
		{
			Doc: doc(data.DocRequest, "关于养老服务设施建设补助的请示", "溧民〔2026〕28号", d(11, 10)), Unit: "民政局",
			Opinion: "拟请分管副市长阅示。", OpinionOn: d(11, 12),
		},
		{
			// Due Fri 11-27: overdue on the demo's Saturday, lapsing Mon 11-30.
			Doc: doc(data.DocRequest, "关于高校毕业生就业见习补贴标准调整的请示", "溧人社〔2026〕36号", d(11, 16)), Unit: "人社局",
			Signers: []string{"财政局", "教育局"}, Sent: d(11, 18),
			Replies: []PlanReply{at(fiscal, d(11, 24))},
		},
		{
			Doc: doc(data.DocLetter, "关于商请支持天目湖文旅节活动保障的函", "溧文体旅函〔2026〕12号", d(11, 25)), Unit: "文体旅局",
			Signers: []string{"公安局", "交通局", "城管局"}, Sent: d(11, 25),
		},
		{
			Doc: doc(data.DocOpinion, "关于加强冬春季水利工程建设管理的意见", "溧水〔2026〕33号", d(11, 26)), Unit: "水利局",
		},
	}
}

func at(r PlanReply, on time.Time) PlanReply { r.On = on; return r }

// PlannedOnly are the plan items of 2026 (十七) not yet received as drafts;
// UnitName holds the drafting unit's short name.
var PlannedOnly = []data.PlanItem{{Year: 2026, Title: "溧阳市养犬管理规定", UnitName: "公安局"}}
