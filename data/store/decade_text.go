package store

import (
	"fmt"
	"math/rand/v2"
	"strings"
)

// The generated decade's wording: subjects and actions combine into topic,
// task and document titles, and the minutes are written from set phrases
// around them, so that a substring search finds realistic, varied text.
var (
	decadeSubjects = []string{
		"老旧小区改造", "城乡供水一体化", "农村人居环境整治", "重点项目建设", "安全生产", "防汛防旱", "秸秆禁烧",
		"耕地保护", "高标准农田建设", "义务教育学校布局", "公立医院改革", "养老服务体系", "住房公积金", "营商环境优化",
		"科技创新券", "工业用地更新", "文旅融合发展", "天目湖景区提升", "南山竹海环境整治", "城市管理精细化",
		"垃圾分类", "交通路网完善", "公交一体化", "电动自行车充电设施", "食品安全", "医疗保障", "就业创业",
		"退役军人服务", "信访积案化解", "市级财政预算执行", "政府债务管理", "国有资产处置", "乡村振兴示范村",
		"动力电池产业链", "招商引资", "数字政府建设", "河长制", "生态环境问题整改", "社区治理", "殡葬改革",
	}
	decadeActions = []string{
		"工作方案", "实施意见", "推进情况", "三年行动计划", "专项资金安排", "考核办法", "问题整改",
		"年度计划", "管理办法", "补助政策", "试点方案", "验收情况",
	}
	decadePhrases = []string{
		"会议听取了%s关于%s的汇报。", "会议原则同意%s提出的%s。", "会议要求，%s要会同相关部门抓紧完善%s，按程序报批。",
		"会议强调，%s要把%s作为今年的重点工作，明确时间表和责任人。", "会议指出，%s总体进展顺利，但%s仍存在短板。",
		"会议同意%s关于%s的意见，所需资金由市财政统筹安排。", "会议研究了%s，明确由%s牵头，相关单位配合。",
	}
	decadeResults = []string{
		"已按期完成，相关材料已报市政府办公室备案。", "已完成，因施工季节原因较时限推迟数日。",
		"已办结，书面报告已送分管副市长。", "已落实，资金已拨付到位。",
	}
	decadePlaces  = []string{"市行政中心三楼会议室", "市行政中心五楼小会议室", "市行政中心一楼报告厅", "市行政中心二楼会议室"}
	decadeReplies = []string{"agree", "agree", "agree", "agree", "none", "disagree"}
)

// subject and action pick one of each.
func subject(r *rand.Rand) string { return decadeSubjects[r.IntN(len(decadeSubjects))] }
func action(r *rand.Rand) string  { return decadeActions[r.IntN(len(decadeActions))] }

// minutesBody writes a 纪要 of a few thousand characters: the opening, one
// section per topic with its deliberation, and the closing distribution.
func minutesBody(r *rand.Rand, opening string, topics []string, units []string) string {
	var b strings.Builder
	b.WriteString(opening)
	b.WriteString("现纪要如下：\n")
	nums := []string{"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"}
	for i, t := range topics {
		fmt.Fprintf(&b, "%s、关于%s\n", nums[i%len(nums)], t)
		for j := 0; j < 4+r.IntN(4); j++ {
			p := decadePhrases[r.IntN(len(decadePhrases))]
			fmt.Fprintf(&b, p, units[r.IntN(len(units))], subject(r)+action(r))
		}
		b.WriteString("\n")
	}
	b.WriteString("出席：市政府领导。列席：各有关单位主要负责人。\n")
	return b.String()
}
