package data

import (
	"slices"
	"strings"
	"time"
	"unicode"
)

// UnitKind classifies a unit (单位). The stored values are stable codes; the
// screens show their Chinese labels through the translation files.
type UnitKind string

// The unit kinds of a municipal government (clause 五 and 九 of the work rules).
const (
	KindLeadership UnitKind = "leadership" // 市政府领导
	KindDepartment UnitKind = "department" // 组成部门
	KindAffiliated UnitKind = "affiliated" // 直属单位
	KindTown       UnitKind = "town"       // 镇（区、街道）
	KindNPC        UnitKind = "npc"        // 人大
	KindCPPCC      UnitKind = "cppcc"      // 政协
	KindDiscipline UnitKind = "discipline" // 纪委监委
	KindOther      UnitKind = "other"      // 其他
)

// UnitKinds lists every kind in the order forms offer them.
var UnitKinds = []UnitKind{KindLeadership, KindDepartment, KindAffiliated, KindTown, KindNPC, KindCPPCC, KindDiscipline, KindOther}

// Role is one of the hats a person wears; a person may have several.
type Role string

// The roles the work rules name (clauses 五, 六, 八, 九, 四十, 四十一).
const (
	RoleMayor          Role = "mayor"           // 市长
	RoleExecutiveVice  Role = "executive_vice"  // 常务副市长
	RoleViceMayor      Role = "vice_mayor"      // 副市长
	RolePartyMember    Role = "party_member"    // 市政府党组成员
	RoleSecretaryGen   Role = "secretary_gen"   // 秘书长
	RoleOfficeDirector Role = "office_director" // 办公室主任
	RoleOfficeDeputy   Role = "office_deputy"   // 办公室副主任
	RoleUnitHead       Role = "unit_head"       // 部门主要负责人
	RoleNPCDeputy      Role = "npc_deputy"      // 人大代表
	RoleCPPCCMember    Role = "cppcc_member"    // 政协委员
	RoleCitizenRep     Role = "citizen_rep"     // 市民代表
	RoleDiscipline     Role = "discipline"      // 纪委监委工作人员
	RoleStaff          Role = "staff"           // 工作人员
)

// Roles lists every role in the order forms offer them.
var Roles = []Role{RoleMayor, RoleExecutiveVice, RoleViceMayor, RolePartyMember, RoleSecretaryGen, RoleOfficeDirector, RoleOfficeDeputy, RoleUnitHead, RoleNPCDeputy, RoleCPPCCMember, RoleCitizenRep, RoleDiscipline, RoleStaff}

// Unit is a 单位: a department, a town, the people's congress and so on.
type Unit struct {
	ID        int64
	Name      string   // full name, unique: 溧阳市发展和改革委员会
	ShortName string   // 发改委
	Kind      UnitKind // what sort of unit
	Order     int      // the office's configured display order (smaller first)
	Version   int64    // optimistic-lock counter, bumped by every save
}

// Person is someone the office deals with: a leader, a unit head, a deputy.
type Person struct {
	ID       int64
	Name     string
	UnitID   int64  // 0 when the person belongs to no unit (e.g. a 市民代表)
	UnitName string // filled in by the store on reads
	Post     string // 职务: 局长, 副市长 …
	Roles    []Role
	Rank     int // protocol rank of a leader (1 = 市长); 0 for everyone else
	Phone    string
	Active   bool // false once retired or transferred
	Version  int64
}

// HasRole tells whether p wears role r.
func (p Person) HasRole(r Role) bool { return slices.Contains(p.Roles, r) }

// Oversight records that a 副市长 oversees (分管) a unit (clause 八).
type Oversight struct {
	UnitID   int64
	LeaderID int64
}

// Delegation records that the mayor, away for a period, delegated (委托) a
// vice-mayor to preside in his stead (clause 六).
type Delegation struct {
	ID           int64
	DelegateID   int64
	DelegateName string // filled in by the store on reads
	From, To     time.Time
	Reason       string
	// Changes, set by saving, names the meetings already planned in the
	// period that the delegation changes (四十二).
	Changes []string
}

// Field length limits, in characters.
const (
	MaxPersonName = 20
	MaxUnitName   = 60
	MaxShortName  = 20
	MaxPost       = 60
	MaxPhone      = 30
	MaxReason     = 200
)

// Normalize cleans every text field of u.
func (u *Unit) Normalize() {
	u.Name, u.ShortName = Clean(u.Name), Clean(u.ShortName)
}

// Validate checks a normalised unit and names every bad field.
func (u Unit) Validate() error {
	var v validator
	v.text("单位名称", u.Name, true, MaxUnitName)
	v.text("简称", u.ShortName, false, MaxShortName)
	if !slices.Contains(UnitKinds, u.Kind) {
		v.add("类别", "请选择单位类别")
	}
	if u.Order < 0 || u.Order > 99999 {
		v.add("排序", "应在 0 到 99999 之间")
	}
	return v.err("单位")
}

// Normalize cleans every text field of p and sorts its roles.
func (p *Person) Normalize() {
	p.Name, p.Post, p.Phone = Clean(p.Name), Clean(p.Post), Clean(p.Phone)
	slices.Sort(p.Roles)
	p.Roles = slices.Compact(p.Roles)
}

// Validate checks a normalised person and names every bad field.
func (p Person) Validate() error {
	var v validator
	v.text("姓名", p.Name, true, MaxPersonName)
	if strings.IndexFunc(p.Name, unicode.IsDigit) >= 0 {
		v.add("姓名", "不能包含数字")
	}
	v.text("职务", p.Post, false, MaxPost)
	v.text("电话", p.Phone, false, MaxPhone)
	if strings.IndexFunc(p.Phone, func(r rune) bool { return !strings.ContainsRune("0123456789-+ ()（）转", r) }) >= 0 {
		v.add("电话", "只能包含数字、空格和 - + ( )")
	}
	for _, r := range p.Roles {
		if !slices.Contains(Roles, r) {
			v.add("身份", "未知身份「%s」", r)
		}
	}
	if p.Rank < 0 || p.Rank > 999 {
		v.add("排位", "应在 0 到 999 之间")
	}
	return v.err("人员")
}

// Normalize cleans the reason and drops the time of day from the period.
func (d *Delegation) Normalize() {
	d.Reason = Clean(d.Reason)
	d.From, d.To = dateOnly(d.From), dateOnly(d.To)
}

// Validate checks a normalised delegation's own fields; whether the delegate
// may preside is a work rule (clause 六) and is checked by the rules package.
func (d Delegation) Validate() error {
	var v validator
	if d.DelegateID == 0 {
		v.add("受委托人", "请选择受委托的副市长")
	}
	if d.From.IsZero() {
		v.add("开始日期", "不能为空")
	}
	if d.To.IsZero() {
		v.add("结束日期", "不能为空")
	}
	if !d.From.IsZero() && !d.To.IsZero() && d.To.Before(d.From) {
		v.add("结束日期", "不能早于开始日期")
	}
	v.text("事由", d.Reason, true, MaxReason)
	return v.err("委托")
}

func dateOnly(t time.Time) time.Time {
	if t.IsZero() {
		return t
	}
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}
