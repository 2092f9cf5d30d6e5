package demo

// MinutesItem is a section a secretary writes into a demo 纪要 whose
// meeting had no topics on record: a heading, its paragraph, and the unit
// (short name) that leads the resulting 督办 task.
type MinutesItem struct {
	Heading, Text, Unit string
}

// MinutesStudied replaces the draft's …… with what the meeting studied.
const MinutesStudied = "听取有关工作汇报，研究部署近期重点工作"

// MinutesItems are the sections written into the demo 纪要, taken in turn.
var MinutesItems = []MinutesItem{
	{"关于重点项目建设推进情况", "会议听取了市发展改革委关于重点项目建设推进情况的汇报。会议要求，市发展改革委要会同各镇（街道）对市级重点项目逐一建立台账，实行清单化管理，确保年底前新开工项目全部落地。", "发改委"},
	{"关于冬季安全生产工作", "会议听取了市应急管理局关于冬季安全生产形势的汇报。会议强调，要聚焦燃气、消防、建筑施工等重点领域，开展拉网式隐患排查，做到隐患不清零、整改不销号。", "应急局"},
	{"关于老旧小区改造", "会议原则同意市住房城乡建设局提出的老旧小区改造年度计划，由市住房城乡建设局根据会议意见修改完善后，按程序印发实施。改造方案公示时间不少于7天。", "住建局"},
	{"关于中小学校舍维修", "会议同意市教育局关于寒假期间中小学校舍维修的安排，所需资金由市财政局按规定予以保障。", "教育局"},
	{"关于“一网通办”改革", "会议要求市行政审批局进一步打通部门间数据壁垒，推动电子证照在高频事项中的“免证办”，每月形成分析报告报市政府分管领导。", "行政审批局"},
	{"关于冬春季农田水利建设", "会议要求市水利局统筹推进冬春季农田水利建设，在汛前完成小型水库除险加固和主要排涝泵站检修。", "水利局"},
	{"关于财政预算执行情况", "会议听取了市财政局关于前三季度预算执行情况的汇报。会议要求，要坚持过紧日子，严控一般性支出，确保“三保”支出足额到位。", "财政局"},
	{"关于城市管理精细化", "会议要求市城市管理局对背街小巷开展集中整治，建立长效管护机制，春节前完成主城区整治任务。", "城管局"},
}

// MinutesTaskNotes are the feedback and reminder texts the demo tasks carry.
var MinutesTaskNotes = struct {
	Feedback, Reminder, Result, LateResult string
}{
	Feedback:   "已制定工作方案，正按节点推进，完成约六成。",
	Reminder:   "电话催办，要求三日内报送进展。",
	Result:     "已按期完成，相关材料已报市政府办公室备案。",
	LateResult: "已完成，因施工季节原因较时限推迟数日。",
}
