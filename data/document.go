package data

import (
	"slices"
	"strings"
	"time"
	"unicode/utf8"
)

// DocKind is the kind of an incoming document (公文). Stored values are
// stable codes; the screens show Chinese labels.
type DocKind string

// The document kinds the office registers.
const (
	DocRequest   DocKind = "request"   // 请示
	DocReport    DocKind = "report"    // 报告
	DocLetter    DocKind = "letter"    // 函
	DocOpinion   DocKind = "opinion"   // 意见
	DocNormative DocKind = "normative" // 规范性文件草案
	DocOther     DocKind = "other"     // 其他
)

// DocKinds lists every kind in the order forms offer them.
var DocKinds = []DocKind{DocRequest, DocReport, DocLetter, DocOpinion, DocNormative, DocOther}

// DocStatus is where a document stands.
type DocStatus string

// The document statuses, in their usual order.
const (
	DocRegistered   DocStatus = "registered"  // 已登记
	DocReturned     DocStatus = "returned"    // 已退回 (四十七)
	DocCountersign  DocStatus = "countersign" // 会签中 (四十八)
	DocRouted       DocStatus = "routed"      // 已呈批 (四十九)
	DocInstructed   DocStatus = "instructed"  // 已批示
	DocSigned       DocStatus = "signed"      // 已审签 (五十)
	DocIssued       DocStatus = "issued"      // 已印发
	DocFiled        DocStatus = "filed"       // 已备案 (十九)
	DocClosedStatus DocStatus = "closed"      // 已办结
)

// DocStatuses lists the statuses in their natural order.
var DocStatuses = []DocStatus{DocRegistered, DocReturned, DocCountersign, DocRouted, DocInstructed, DocSigned, DocIssued, DocFiled, DocClosedStatus}

// Classifications, urgencies and disclosure attributes, as printed.
var (
	Classifications = []string{"", "秘密", "机密", "绝密"}
	Urgencies       = []string{"", "加急", "特急"}
	Disclosures     = []string{"", "主动公开", "依申请公开", "不予公开"}
)

// DocFlag is a property of a document that decides its route (clauses 八
// and 四十九). Codes shared with rules.MayorMatter keep their spelling.
type DocFlag string

// The routing flags.
const (
	FlagToHigherGov   DocFlag = "to_higher_gov"  // 向上级政府的请示、重要报告 (四十九)
	FlagNPC           DocFlag = "npc"            // 提请人大及其常委会的事项 (四十九)
	FlagCityWide      DocFlag = "citywide"       // 规范性文件涉及全市 (四十九)
	FlagPeople        DocFlag = "people"         // 涉及群众切身利益 (四十九)
	FlagNewPolicy     DocFlag = "new_policy"     // 新的政策 (八)
	FlagBigInvestment DocFlag = "big_investment" // 较大投资 (八)
	FlagBorrowing     DocFlag = "borrowing"      // 对外举债 (八)
	FlagEmergency     DocFlag = "emergency"      // 突发事件、重大事故 (八)
	FlagFinance       DocFlag = "finance"        // 财政资金 (八)
	FlagNewBody       DocFlag = "new_body"       // 新设机构 (八)
)

// DocFlags lists every flag in the order forms offer them.
var DocFlags = []DocFlag{FlagToHigherGov, FlagNPC, FlagCityWide, FlagPeople, FlagNewPolicy, FlagBigInvestment, FlagBorrowing, FlagEmergency, FlagFinance, FlagNewBody}

// Intake is how a document reached the office: the answers to the checks
// of clause 四十七, each recorded as the secretary gave it.
type Intake struct {
	ViaOffice   bool // 经市政府办公室统一扎口送达
	ToLeader    bool // 直接报送领导个人
	SkipLevel   bool // 越级报文
	ManyPlaces  bool // 多头报文（同时报送多个机关）
	HasRequest  bool // 报告中夹带请示事项
	MattersSeen int  // 请示所涉事项数（一文一事）
}

// Document is one registered incoming document.
type Document struct {
	ID             int64
	Kind           DocKind
	Title          string
	UnitID         int64  // 来文单位
	UnitName       string // filled in by the store on reads
	Number         string // 文号: 溧发改〔2026〕12号
	Received       time.Time
	Classification string // 密级
	SecrecyTerm    string // 保密期限: 1年
	Urgency        string // 紧急程度
	Disclosure     string // 公开属性
	Attachments    []string
	Intake         Intake
	Flags          []DocFlag
	Status         DocStatus
	Problem        string // the 四十七 finding of a returned document, clause named
	Remarks        string
	Version        int64
}

// Document field limits, in characters.
const (
	MaxDocTitle    = 100
	MaxDocNumber   = 40
	MaxAttachments = 20
	MaxOpinion     = 500
)

// Normalize cleans every text field of d.
func (d *Document) Normalize() {
	d.Title, d.Number, d.Remarks = Clean(d.Title), Clean(d.Number), Clean(d.Remarks)
	d.SecrecyTerm = Clean(d.SecrecyTerm)
	var atts []string
	for _, a := range d.Attachments {
		if a = Clean(a); a != "" {
			atts = append(atts, a)
		}
	}
	d.Attachments = atts
	d.Received = dateOnly(d.Received)
	slices.Sort(d.Flags)
	d.Flags = slices.Compact(d.Flags)
}

// Validate checks a normalised document's own fields and names every bad
// one; the checks of clause 四十七 are the rules package's business.
func (d Document) Validate() error {
	var v validator
	if !slices.Contains(DocKinds, d.Kind) {
		v.add("文种", "请选择文种")
	}
	v.text("标题", d.Title, true, MaxDocTitle)
	if d.UnitID == 0 {
		v.add("来文单位", "请选择来文单位")
	}
	v.text("文号", d.Number, false, MaxDocNumber)
	if d.Received.IsZero() {
		v.add("收文日期", "不能为空")
	}
	if !slices.Contains(Classifications, d.Classification) {
		v.add("密级", "未知密级「%s」", d.Classification)
	}
	v.text("保密期限", d.SecrecyTerm, d.Classification != "", 10)
	if d.Classification == "" && d.SecrecyTerm != "" {
		v.add("保密期限", "非涉密文件不填保密期限")
	}
	if !slices.Contains(Urgencies, d.Urgency) {
		v.add("紧急程度", "未知紧急程度「%s」", d.Urgency)
	}
	if !slices.Contains(Disclosures, d.Disclosure) {
		v.add("公开属性", "未知公开属性「%s」", d.Disclosure)
	}
	if len(d.Attachments) > MaxAttachments {
		v.add("附件", "不能超过 %d 个", MaxAttachments)
	}
	for _, a := range d.Attachments {
		v.text("附件", a, true, MaxDocTitle)
		if r, _ := utf8.DecodeLastRuneInString(a); strings.ContainsRune("。，；：.,;:", r) {
			v.add("附件", "附件名称「%s」末尾不加标点", a)
		}
	}
	for _, f := range d.Flags {
		if !slices.Contains(DocFlags, f) {
			v.add("呈报事项", "未知事项「%s」", f)
		}
	}
	if d.Intake.MattersSeen < 0 || d.Intake.MattersSeen > 99 {
		v.add("事项数", "应在 0 到 99 之间")
	}
	if !slices.Contains(DocStatuses, d.Status) {
		v.add("状态", "未知状态「%s」", d.Status)
	}
	v.text("备注", d.Remarks, false, MaxRemarks)
	return v.err("公文")
}

// HasFlag tells whether d carries flag f.
func (d Document) HasFlag(f DocFlag) bool { return slices.Contains(d.Flags, f) }

// DocFilter narrows a document list; zero fields do not filter.
type DocFilter struct {
	Status DocStatus
	From   time.Time // received on or after, by day
	To     time.Time // received on or before, by day
	// Year is the list's 年度: the documents received in that year, and
	// every one still open (neither 已办结 nor 已退回) whatever its year,
	// so that work in hand never drops out of the default view. 0 is every
	// year. The store applies it; Matches does not.
	Year int
	// UnitID keeps the documents of one 来文单位; 0 is every unit.
	UnitID int64
}

// Matches tells whether d passes the filter.
func (f DocFilter) Matches(d Document) bool {
	switch {
	case f.Status != "" && d.Status != f.Status:
		return false
	case f.UnitID != 0 && d.UnitID != f.UnitID:
		return false
	case !f.From.IsZero() && d.Received.Before(dateOnly(f.From)):
		return false
	case !f.To.IsZero() && d.Received.After(dateOnly(f.To)):
		return false
	}
	return true
}
