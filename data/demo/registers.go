package demo

import (
	"time"

	"huiwu/data"
)

// The registers of the demonstration year, so that 公文's 建议提案, 发文登记
// and 规范性文件备案 tabs and the desk's lines have something to show: the
// proposals in each state of 三十 (answered and made public, answered with
// the result not yet public, due within the week, late), the documents
// issued in the year's two names (五十, 五十一) and the towns' and
// departments' filings at each step of 十九. Units are named by their short
// names; days fall in the demo year before Today.

// ProposalPlan is a 人大代表建议 or 政协委员提案 with what became of it.
type ProposalPlan struct {
	Kind               data.ProposalKind
	Number, Title, Who string
	Unit               string // the 承办单位's short name
	Assigned           time.Time
	RepliedOn          time.Time // zero: not answered yet
	Reply              string
	PublishedOn        time.Time // zero: the result not public yet
	PublishedWhere     string
}

// Proposals are the demo year's proposals, in the order they were assigned.
func Proposals() []ProposalPlan {
	y := Today.Year()
	d := func(m, day int) time.Time { return time.Date(y, time.Month(m), day, 0, 0, 0, 0, time.UTC) }
	site := "溧阳市人民政府门户网站"
	npc, cppcc := data.ProposalNPC, data.ProposalCPPCC
	return []ProposalPlan{
		{npc, "第3号", "关于加快天目湖镇污水管网建设的建议", "王建国", "住建局", d(3, 10), d(5, 20), "已列入年度管网建设计划，年底前完成主干管铺设", d(6, 15), site},
		{npc, "第8号", "关于增设城区公共停车泊位的建议", "陈丽华", "城管局", d(3, 10), d(6, 1), "新增泊位1200个，分两批施划", time.Time{}, ""},
		{cppcc, "第12号", "关于推进政务服务向村（社区）延伸的提案", "许文静", "行政审批局", d(3, 12), d(5, 28), "已在全市175个村（社区）设立便民服务点", d(6, 20), site},
		{npc, "第15号", "关于提升农村客运班线覆盖率的建议", "周志强", "交通局", d(3, 10), d(6, 5), "新开通镇村公交线路3条", d(7, 1), site},
		{cppcc, "第19号", "关于加强历史文化街区保护利用的提案", "钱志明", "文体旅局", d(3, 12), d(6, 10), "已编制保护利用规划并报批", d(7, 8), site},
		{cppcc, "第33号", "关于完善居家养老服务网络的提案", "孙红梅", "民政局", d(4, 2), d(7, 1), "新建区域性养老服务中心2个", time.Time{}, ""},
		{npc, "第26号", "关于支持茶叶产业品牌建设的建议", "沈卫东", "农业农村局", d(8, 20), time.Time{}, "", time.Time{}, ""},
		{npc, "第21号", "关于加强中小学课后服务的建议", "吴秀英", "教育局", d(9, 2), time.Time{}, "", time.Time{}, ""},
		{cppcc, "第41号", "关于降低中小企业用电成本的提案", "李国华", "发改委", d(9, 25), time.Time{}, "", time.Time{}, ""},
	}
}

// IssueTarget is the demo office's yearly target of documents issued in the
// two names (五十一), set before the year's first.
const IssueTarget = 24

// IssuedPlan is a document issued in the government's or the office's name.
type IssuedPlan struct {
	Number, Title string
	Issuer        data.Issuer
	IssuedOn      time.Time
	Disclosure    string
}

// Issued are the demo year's issued documents, in the order issued.
func Issued() []IssuedPlan {
	y := Today.Year()
	d := func(m, day int) time.Time { return time.Date(y, time.Month(m), day, 0, 0, 0, 0, time.UTC) }
	gov, office := data.IssuerGovernment, data.IssuerOffice
	return []IssuedPlan{
		{"溧政发〔2026〕1号", "溧阳市人民政府关于印发2026年政府工作报告重点工作责任分工的通知", gov, d(2, 10), "主动公开"},
		{"溧政办发〔2026〕3号", "溧阳市人民政府办公室关于做好2026年春季农业生产工作的通知", office, d(2, 26), "主动公开"},
		{"溧政发〔2026〕5号", "溧阳市人民政府关于公布市政府部门权责清单的决定", gov, d(3, 20), "主动公开"},
		{"溧政办发〔2026〕9号", "溧阳市人民政府办公室关于进一步加强安全生产工作的通知", office, d(4, 15), "主动公开"},
		{"溧政发〔2026〕8号", "溧阳市人民政府关于表彰2025年度全市安全生产先进集体的决定", gov, d(5, 8), "依申请公开"},
		{"溧政办发〔2026〕14号", "溧阳市人民政府办公室关于印发溧阳市防汛防旱应急预案的通知", office, d(6, 3), "主动公开"},
		{"溧政办发〔2026〕18号", "溧阳市人民政府办公室关于调整市政府部分议事协调机构组成人员的通知", office, d(7, 22), "不予公开"},
		{"溧政发〔2026〕12号", "溧阳市人民政府关于印发溧阳市城市更新实施办法的通知", gov, d(9, 16), "主动公开"},
		{"溧政办发〔2026〕23号", "溧阳市人民政府办公室关于做好2026年冬季供水保障工作的通知", office, d(11, 12), "主动公开"},
	}
}

// FilingPlan is a normative document a town or a department filed with the
// 市政府, and how far the 司法局 has taken it.
type FilingPlan struct {
	Unit, Title, Number          string
	Issued, Received             time.Time
	Consulted, OwnReview, Public bool
	AskedRef                     string
	Registered                   time.Time // zero: not registered yet
	Review                       string    // "": not reviewed yet
	Reviewed                     time.Time
	Order, OrderRef              string // "": no order
	OrderOn                      time.Time
}

// Filings are the demo year's filings, in the order received.
func Filings() []FilingPlan {
	y := Today.Year()
	d := func(m, day int) time.Time { return time.Date(y, time.Month(m), day, 0, 0, 0, 0, time.UTC) }
	return []FilingPlan{
		{"天目湖镇", "天目湖镇生态环境保护管理办法", "天政规〔2026〕1号", d(8, 28), d(9, 8), true, true, false, "", d(9, 10), "pass", d(9, 29), "", "", time.Time{}},
		{"教育局", "溧阳市校外培训机构管理办法", "溧教规〔2026〕2号", d(9, 30), d(10, 12), true, true, true, "溧教〔2026〕31号", d(10, 13), "conflict", d(11, 4), "amend", "溧政办函〔2026〕58号", d(11, 10)},
		{"社渚镇", "社渚镇集镇管理办法", "社政规〔2026〕1号", d(10, 28), d(11, 18), false, true, false, "", d(11, 19), "", time.Time{}, "", "", time.Time{}},
		{"市场监管局", "溧阳市农贸市场管理办法", "溧市监规〔2026〕1号", d(11, 16), d(11, 25), true, true, true, "溧市监〔2026〕40号", time.Time{}, "", time.Time{}, "", "", time.Time{}},
	}
}
