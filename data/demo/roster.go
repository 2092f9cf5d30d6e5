// Package demo writes clearly fictional demonstration data for a
// county-level city: a roster now, meetings and documents as later features
// land. Everything is deterministic from a seed, so two runs give the same
// database and tests can rely on it.
package demo

import (
	"fmt"
	"math/rand/v2"
	"time"

	"huiwu/data"
)

// CityGov is the demonstration government's own unit, to which the mayors belong.
const CityGov = "溧阳市人民政府"

// departments are the 组成部门 in the office's order, with short names.
var departments = [][2]string{
	{"溧阳市人民政府办公室", "市政府办"},
	{"溧阳市发展和改革委员会", "发改委"},
	{"溧阳市教育局", "教育局"},
	{"溧阳市科学技术局", "科技局"},
	{"溧阳市工业和信息化局", "工信局"},
	{"溧阳市公安局", "公安局"},
	{"溧阳市民政局", "民政局"},
	{"溧阳市司法局", "司法局"},
	{"溧阳市财政局", "财政局"},
	{"溧阳市人力资源和社会保障局", "人社局"},
	{"溧阳市自然资源和规划局", "资规局"},
	{"溧阳市生态环境局", "生态环境局"},
	{"溧阳市住房和城乡建设局", "住建局"},
	{"溧阳市交通运输局", "交通局"},
	{"溧阳市水利局", "水利局"},
	{"溧阳市农业农村局", "农业农村局"},
	{"溧阳市商务局", "商务局"},
	{"溧阳市文体广电和旅游局", "文体旅局"},
	{"溧阳市卫生健康委员会", "卫健委"},
	{"溧阳市退役军人事务局", "退役军人局"},
	{"溧阳市应急管理局", "应急局"},
	{"溧阳市审计局", "审计局"},
	{"溧阳市市场监督管理局", "市场监管局"},
	{"溧阳市统计局", "统计局"},
	{"溧阳市医疗保障局", "医保局"},
	{"溧阳市城市管理局", "城管局"},
	{"溧阳市信访局", "信访局"},
	{"溧阳市行政审批局", "行政审批局"},
	{"溧阳市数据局", "数据局"},
}

// affiliated are the 直属单位 and other bodies the office deals with.
var affiliated = [][2]string{
	{"溧阳市人民政府研究室", "研究室"},
	{"溧阳市机关事务管理局", "机关事务局"},
	{"溧阳市融媒体中心", "融媒体中心"},
	{"溧阳市住房公积金管理中心", "公积金中心"},
	{"溧阳市投资促进中心", "投促中心"},
	{"溧阳市供销合作总社", "供销总社"},
	{"溧阳市金融发展服务中心", "金融中心"},
}

var towns = []string{"溧城街道", "古县街道", "昆仑街道", "埭头镇", "上黄镇", "戴埠镇", "天目湖镇", "别桥镇", "上兴镇", "竹箦镇", "南渡镇", "社渚镇"}

var (
	surnames = []rune("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方邹熊白孟秦邱侯江尹薛闫段雷")
	given    = []rune("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红娥玲芬燕彬斌宇浩凯健俊帆帅旭宁欣晨阳晓婷雪琳颖慧建国志文海峰永春立新云飞丹鹏辉")
	// rare characters that real given names use and GB2312-only fonts lack
	rare = []rune("喆堃昇玥珺燊犇赟镕彧翀")
)

// names draws distinct plausible names; every seventh carries a rare character.
type names struct {
	r    *rand.Rand
	used map[string]bool
	n    int
}

func (g *names) next() string {
	for {
		g.n++
		s := string(surnames[g.r.IntN(len(surnames))])
		tail := []rune{given[g.r.IntN(len(given))]}
		if g.n%7 == 0 {
			tail[0] = rare[(g.n/7)%len(rare)]
		}
		if g.r.IntN(4) > 0 {
			tail = append(tail, given[g.r.IntN(len(given))])
		}
		name := s + string(tail)
		if !g.used[name] {
			g.used[name] = true
			return name
		}
	}
}

// Roster returns the demonstration roster, the same for the same seed.
func Roster(seed uint64) data.RosterBatch {
	g := &names{r: rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15)), used: map[string]bool{}}
	var b data.RosterBatch
	order := 0
	unit := func(name, short string, kind data.UnitKind) {
		order += 10
		b.Units = append(b.Units, data.Unit{Name: name, ShortName: short, Kind: kind, Order: order})
	}
	person := func(unit, post string, rank int, roles ...data.Role) string {
		name := g.next()
		phone := fmt.Sprintf("0519-8%07d", g.r.IntN(10_000_000))
		b.People = append(b.People, data.BatchPerson{Unit: unit, Person: data.Person{Name: name, Post: post, Rank: rank, Roles: roles, Phone: phone, Active: true}})
		return name
	}

	unit(CityGov, "市政府", data.KindLeadership)
	person(CityGov, "市长", 1, data.RoleMayor, data.RolePartyMember)
	exec := person(CityGov, "常务副市长", 2, data.RoleExecutiveVice, data.RolePartyMember)
	vices := []string{exec}
	for i := range 5 {
		roles := []data.Role{data.RoleViceMayor}
		if i < 2 {
			roles = append(roles, data.RolePartyMember)
		}
		vices = append(vices, person(CityGov, "副市长", 3+i, roles...))
	}
	person(CityGov, "市政府党组成员", 8, data.RolePartyMember)
	person(CityGov, "市政府秘书长", 9, data.RoleSecretaryGen)

	for _, d := range departments {
		unit(d[0], d[1], data.KindDepartment)
	}
	for _, d := range affiliated {
		unit(d[0], d[1], data.KindAffiliated)
	}
	for _, t := range towns {
		unit("溧阳市"+t, t, data.KindTown)
	}
	unit("溧阳市人武部", "人武部", data.KindOther)
	unit("溧阳市人大常委会办公室", "人大办", data.KindNPC)
	unit("溧阳市政协办公室", "政协办", data.KindCPPCC)
	unit("溧阳市纪委监委", "纪委监委", data.KindDiscipline)

	office := departments[0][0]
	person(office, "主任", 0, data.RoleOfficeDirector, data.RoleUnitHead)
	person(office, "副主任", 0, data.RoleOfficeDeputy)
	person(office, "副主任", 0, data.RoleOfficeDeputy)
	person(office, "秘书科科长", 0, data.RoleStaff)
	for _, d := range departments[1:] {
		post := "局长"
		if len([]rune(d[1])) > 0 && []rune(d[1])[len([]rune(d[1]))-1] == '委' {
			post = "主任"
		}
		person(d[0], post, 0, data.RoleUnitHead)
	}
	for _, d := range affiliated {
		person(d[0], "主任", 0, data.RoleUnitHead)
	}
	for _, t := range towns {
		post := "镇长"
		if t[len(t)-len("街道"):] == "街道" {
			post = "街道办事处主任"
		}
		person("溧阳市"+t, post, 0, data.RoleUnitHead)
	}
	person("溧阳市人武部", "部长", 0, data.RoleUnitHead)
	person("溧阳市人大常委会办公室", "主任", 0, data.RoleUnitHead)
	person("溧阳市政协办公室", "主任", 0, data.RoleUnitHead)
	person("溧阳市纪委监委", "第三监督检查室主任", 0, data.RoleDiscipline)

	jobs := []string{"企业董事长", "村党总支书记", "中学校长", "医院院长", "律师事务所主任", "社区党委书记", "农业合作社理事长", "高校教授", "个体工商户", "会计师"}
	for i := range 10 {
		person("", "市人大代表，"+towns[i%len(towns)]+jobs[i], 0, data.RoleNPCDeputy)
	}
	for i := range 10 {
		person("", "市政协委员，"+jobs[(i+3)%len(jobs)], 0, data.RoleCPPCCMember)
	}
	person("", "市民代表", 0, data.RoleCitizenRep)

	// 分管 (clause 八): the departments, affiliated units and towns shared out
	// among the vice-mayors, the office and 研究室 under the executive one.
	overseen := append([][2]string{}, departments...)
	overseen = append(overseen, affiliated...)
	for i, d := range overseen {
		leader := vices[1+i%(len(vices)-1)]
		if i == 0 || d[1] == "研究室" || d[1] == "财政局" || d[1] == "审计局" {
			leader = exec
		}
		b.Oversights = append(b.Oversights, data.BatchOversight{Unit: d[0], Leader: leader})
	}
	b.Delegations = append(b.Delegations, data.BatchDelegation{
		Delegate: exec,
		From:     time.Date(2026, 9, 14, 0, 0, 0, 0, time.UTC),
		To:       time.Date(2026, 9, 18, 0, 0, 0, 0, time.UTC),
		Reason:   "市长赴省委党校学习",
	})
	return b
}
