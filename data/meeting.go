package data

import (
	"fmt"
	"slices"
	"strings"
	"time"
)

// MeetingKind is one of the meeting kinds the work rules name (三十九 to
// 四十四). The stored values are stable codes.
type MeetingKind string

// The meeting kinds.
const (
	MeetingPlenary     MeetingKind = "plenary"      // 市政府全体会议 (四十)
	MeetingExecutive   MeetingKind = "executive"    // 市政府常务会议 (四十一)
	MeetingMayorOffice MeetingKind = "mayor_office" // 市长办公会议（党组会议）(四十二)
	MeetingTopical     MeetingKind = "topical"      // 市政府专题会议 (四十三)
	MeetingCityWide    MeetingKind = "citywide"     // 全市性会议 (四十四)
	MeetingDepartment  MeetingKind = "department"   // 部门系统会议 (四十四)
)

// MeetingKinds lists every kind in the order forms offer them.
var MeetingKinds = []MeetingKind{MeetingPlenary, MeetingExecutive, MeetingMayorOffice, MeetingTopical, MeetingCityWide, MeetingDepartment}

// MeetingStatus is where a meeting stands: 筹备 → 已通知 → 已召开 → 已归档,
// or 已取消 with a reason.
type MeetingStatus string

// The meeting statuses.
const (
	StatusPlanning  MeetingStatus = "planning"  // 筹备
	StatusNotified  MeetingStatus = "notified"  // 已通知
	StatusHeld      MeetingStatus = "held"      // 已召开
	StatusArchived  MeetingStatus = "archived"  // 已归档
	StatusCancelled MeetingStatus = "cancelled" // 已取消
)

// MeetingStatuses lists the statuses in their natural order.
var MeetingStatuses = []MeetingStatus{StatusPlanning, StatusNotified, StatusHeld, StatusArchived, StatusCancelled}

// Meeting is one meeting. Start and End are wall-clock times of the
// meeting's day, kept in UTC so that no time-zone arithmetic moves them.
type Meeting struct {
	ID             int64
	Title          string
	Kind           MeetingKind
	Number         int // 第N次; 0 when the kind is not numbered
	Start, End     time.Time
	Place          string
	ChairID        int64
	ChairName      string // filled in by the store on reads
	DelegationNote string // "受市长委托" and why, when a delegate chairs (六)
	Status         MeetingStatus
	CancelReason   string
	Remarks        string
	UnitID         int64 // the convening unit of a 部门系统会议 (四十四)
	// 四十四: a city-wide conference's entry in the annual plan (0: not
	// planned) and, when unplanned, the review and approval recorded; a
	// department meeting's written approval to invite town heads.
	PlanID                 int64
	ReviewerID, ApproverID int64
	ReviewerName           string // filled in by the store on reads
	ApproverName           string // filled in by the store on reads
	ReviewedAt, ApprovedAt time.Time
	WrittenApproval        string // 批准文号, e.g. 溧政办复〔2026〕3号
	Version                int64
	// Filled in by the store on reads: the lean-meeting figures (四十五).
	HeadCount int
	// NotifiedOn is the day the notice went out (四十一: it closes the
	// declaration of topics); zero before, and for old records.
	NotifiedOn time.Time
	// NoticeNumber is the notice's 发文字号 (溧政办〔2026〕12号), given when
	// it is issued and kept from then on, printed in its 版头; "" before.
	NoticeNumber string
	// Actual is what was recorded at the meeting (四十五).
	Actual MeetingActual
	// Overrides are rule findings the secretary chose to override, each
	// with a reason; they travel with a save and are kept and audited.
	Overrides []Override
}

// Override records that a meeting goes ahead despite a rule's finding.
type Override struct {
	Clause Clause // the clause overridden, e.g. 四十一
	Reason string
	Actor  string
	At     time.Time
}

// Minutes is the planned length of m in minutes (四十五).
func (m Meeting) Minutes() int { return int(m.End.Sub(m.Start).Minutes()) }

// Day is the meeting's date at midnight.
func (m Meeting) Day() time.Time { return dateOnly(m.Start) }

// WallClock reads the clock reading of t (in its own zone) as a wall-clock
// time in UTC, the way meeting times are kept, so that "now" compares with a
// meeting's 09:00.
func WallClock(t time.Time) time.Time {
	y, mo, d := t.Date()
	return time.Date(y, mo, d, t.Hour(), t.Minute(), t.Second(), 0, time.UTC)
}

// Meeting field limits, in characters.
const (
	MaxTitle   = 80
	MaxPlace   = 40
	MaxRemarks = 500
)

// Normalize cleans every text field of m.
func (m *Meeting) Normalize() {
	m.Title, m.Place, m.Remarks = Clean(m.Title), Clean(m.Place), Clean(m.Remarks)
	m.CancelReason, m.DelegationNote = Clean(m.CancelReason), Clean(m.DelegationNote)
	m.WrittenApproval = Clean(m.WrittenApproval)
	for i := range m.Overrides {
		m.Overrides[i].Reason = Clean(m.Overrides[i].Reason)
	}
}

// Validate checks a normalised meeting's own fields and names every bad
// one; whether the rules allow it is the rules package's business.
func (m Meeting) Validate() error {
	var v validator
	v.text("会议名称", m.Title, true, MaxTitle)
	if !slices.Contains(MeetingKinds, m.Kind) {
		v.add("会议类型", "请选择会议类型")
	}
	if m.Number < 0 || m.Number > 9999 {
		v.add("届次", "应在 0 到 9999 之间")
	}
	if m.Start.IsZero() {
		v.add("日期", "不能为空")
	}
	switch {
	case m.End.IsZero():
		v.add("结束时间", "不能为空")
	case !m.Start.IsZero() && !m.End.After(m.Start):
		v.add("结束时间", "应晚于开始时间")
	case !m.Start.IsZero() && dateOnly(m.End) != dateOnly(m.Start):
		v.add("结束时间", "应与开始时间在同一天")
	}
	v.text("地点", m.Place, true, MaxPlace)
	if m.ChairID == 0 {
		v.add("主持人", "请选择主持人")
	}
	if !slices.Contains(MeetingStatuses, m.Status) {
		v.add("状态", "未知状态「%s」", m.Status)
	}
	if m.Status == StatusCancelled {
		v.text("取消原因", m.CancelReason, true, MaxReason)
	}
	if m.Kind == MeetingDepartment && m.UnitID == 0 {
		v.add("召开单位", "部门系统会议须写明召开单位")
	}
	v.text("备注", m.Remarks, false, MaxRemarks)
	v.text("批准文号", m.WrittenApproval, false, MaxShortName*2)
	for _, o := range m.Overrides {
		v.text("越规理由", o.Reason, true, MaxReason)
	}
	return v.err("会议")
}

// ParseClock reads a time of day as HH:MM strictly (24-hour clock) and
// returns it on day. 25:00, 9 and an empty string are errors.
func ParseClock(day time.Time, s string) (time.Time, error) {
	s = strings.TrimSpace(strings.ReplaceAll(s, "：", ":"))
	if s == "" {
		return time.Time{}, Errorf(EInvalid, "时间不能为空")
	}
	t, err := time.Parse("15:04", s)
	if err != nil {
		return time.Time{}, Wrap(EInvalid, err, "时间「%s」无效，应为 09:00 这样的格式", s)
	}
	y, mo, d := day.Date()
	return time.Date(y, mo, d, t.Hour(), t.Minute(), 0, 0, time.UTC), nil
}

// MeetingFilter narrows a meeting list; zero fields do not filter.
type MeetingFilter struct {
	Year   int
	Kind   MeetingKind
	Status MeetingStatus
	From   time.Time // inclusive, by day
	To     time.Time // inclusive, by day
}

// Matches tells whether m passes the filter.
func (f MeetingFilter) Matches(m Meeting) bool {
	switch {
	case f.Year != 0 && m.Start.Year() != f.Year:
		return false
	case f.Kind != "" && m.Kind != f.Kind:
		return false
	case f.Status != "" && m.Status != f.Status:
		return false
	case !f.From.IsZero() && m.Day().Before(dateOnly(f.From)):
		return false
	case !f.To.IsZero() && m.Day().After(dateOnly(f.To)):
		return false
	}
	return true
}

// When is the meeting's time as papers print it: 2026年12月3日（星期四）上午9:00—11:30.
func (m Meeting) When() string {
	wd := []string{"日", "一", "二", "三", "四", "五", "六"}[m.Start.Weekday()]
	// half names the part of the day once: 上午9:00—11:30, not 上午9:00—上午11:30.
	half := func(t time.Time) (string, string) {
		h := t.Hour()
		switch {
		case h < 12:
			return "上午", fmt.Sprintf("%d:%02d", h, t.Minute())
		case h == 12:
			return "中午", fmt.Sprintf("%d:%02d", h, t.Minute())
		case h < 18:
			return "下午", fmt.Sprintf("%d:%02d", h-12, t.Minute())
		}
		return "晚上", fmt.Sprintf("%d:%02d", h-12, t.Minute())
	}
	p1, t1 := half(m.Start)
	p2, t2 := half(m.End)
	if p2 == p1 {
		p2 = ""
	}
	return fmt.Sprintf("%d年%d月%d日（星期%s）%s%s—%s%s", m.Start.Year(), m.Start.Month(), m.Start.Day(), wd, p1, t1, p2, t2)
}
