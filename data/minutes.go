package data

import (
	"context"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

// MinutesStage is where a 纪要 stands on its sign-off chain (四十六).
type MinutesStage string

// The stages, in order. A 纪要 is locked once signed (签发); only a 更正
// version changes it after that.
const (
	MinutesDraft    MinutesStage = "draft"    // 起草中
	MinutesReview   MinutesStage = "review"   // 送审（待审核）
	MinutesReviewed MinutesStage = "reviewed" // 已审核（待签发）
	MinutesSigned   MinutesStage = "signed"   // 已签发
)

// MinutesStageName is the stage as shown and printed.
func MinutesStageName(s MinutesStage) string {
	return map[MinutesStage]string{MinutesDraft: "起草中", MinutesReview: "待审核", MinutesReviewed: "待签发", MinutesSigned: "已签发"}[s]
}

// The kinds of a version: an ordinary save, a restore of an older version
// (as a new one) and a correction after signing.
const (
	VersionSave       = "save"
	VersionRestore    = "restore"
	VersionCorrection = "correction"
)

// Minutes is a meeting's 纪要: its number, the settings that decide its
// route and printing, and where it stands. The text lives in its versions.
type Minutes struct {
	ID             int64
	MeetingID      int64
	MeetingTitle   string      // filled in by the store on reads
	MeetingKind    MeetingKind // filled in by the store on reads
	MeetingDay     time.Time   // filled in by the store on reads
	Year, Issue    int         // 〔Year〕第Issue期, numbered per meeting kind and year
	Title          string      // optional heading above the text
	Disclosure     string      // 公开属性 (五十), one of Disclosures
	Classification string      // 密级, one of Classifications
	ThreeMajor     bool        // 涉及「三重一大」: signed by the 市长 (四十六)
	LeadUnitID     int64       // the unit whose matter a 专题会议 coordinated (四十六, 八)
	Distribution   string      // 分送
	Stage          MinutesStage
	SignedOn       time.Time // the day of 签发; zero before
	Versions       int       // how many versions there are (filled in on reads)
	Version        int64     // optimistic-lock counter of the settings
}

// IssueText is the number as printed under the 纪要标志: 〔2026〕第3期.
func (m Minutes) IssueText() string {
	return "〔" + strconv.Itoa(m.Year) + "〕第" + strconv.Itoa(m.Issue) + "期"
}

// Locked tells whether the text can change only through a 更正 version.
func (m Minutes) Locked() bool { return m.Stage == MinutesSigned }

// MinutesVersion is one saved text of a 纪要.
type MinutesVersion struct {
	N       int
	Kind    string // VersionSave, VersionRestore or VersionCorrection
	Note    string // the correction's reason, or which version was restored
	Body    string // the text, see ParseMinutesText
	SavedAt time.Time
	SavedBy string
}

// MinutesSign is one recorded step of the sign-off chain.
type MinutesSign struct {
	Step     int    // 1 起草 (送审), 2 审核, 3 签发
	Stage    string // 起草, 审核, 签发
	PersonID int64  // 0 for the office's 起草
	Who      string
	Note     string // why this person (the clause), from the chain
	Opinion  string
	Day      time.Time
	Scan     string // the scanned signed paper kept in the data folder: HASH/name, or ""
	At       time.Time
	By       string // who recorded it in the program
}

// ScanName is the scanned paper's original file name; ScanHash the name
// it is kept under in the data folder.
func (g MinutesSign) ScanName() string {
	_, name, _ := strings.Cut(g.Scan, "/")
	return name
}

// ScanHash is the content hash the scan is kept under ("" for none).
func (g MinutesSign) ScanHash() string {
	hash, _, _ := strings.Cut(g.Scan, "/")
	return hash
}

// SignAction is what a secretary records for the next step of the chain.
type SignAction struct {
	Stage    string // the step the secretary means (起草, 审核, 签发); "" for the next
	PersonID int64  // who signed; must be the chain's person for the step
	Opinion  string
	Day      time.Time
	Scan     string // the path of the scanned signed paper to keep, or ""
}

// Validate checks an action's own fields; the store checks it against the chain.
func (a SignAction) Validate() error {
	var v validator
	if a.Day.IsZero() {
		v.add("日期", "不能为空")
	}
	v.text("意见", a.Opinion, false, MaxOpinion)
	v.text("扫描件", a.Scan, false, 1000)
	return v.err("签发记录")
}

// Limits of a 纪要's fields, in characters.
const (
	MaxMinutesBody   = 50000
	MaxDistribution  = 500
	MaxPhrase        = 200
	MaxCorrectReason = 200
)

// Normalize cleans the text fields of m.
func (m *Minutes) Normalize() {
	m.Title, m.Distribution = Clean(m.Title), Clean(m.Distribution)
	m.Disclosure, m.Classification = Clean(m.Disclosure), Clean(m.Classification)
}

// Validate checks the settings a secretary edits.
func (m Minutes) Validate() error {
	var v validator
	v.text("标题", m.Title, false, MaxTitle)
	v.text("分送", m.Distribution, false, MaxDistribution)
	if !slices.Contains(Disclosures, m.Disclosure) {
		v.add("公开属性", "未知的公开属性「%s」", m.Disclosure)
	}
	if !slices.Contains(Classifications, m.Classification) {
		v.add("密级", "未知的密级「%s」", m.Classification)
	}
	return v.err("纪要")
}

// CleanMinutesText normalises a 纪要's text: NFC, Windows line ends made
// plain, trailing blanks of each line dropped, so that two saves of the same
// text compare equal.
func CleanMinutesText(s string) string {
	s = strings.ReplaceAll(Clean(s), "\r\n", "\n")
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = strings.TrimRight(l, " \t　")
	}
	return strings.Join(lines, "\n")
}

// ValidateMinutesText checks a text before it is saved.
func ValidateMinutesText(s string) error {
	var v validator
	switch {
	case !utf8.ValidString(s):
		v.add("正文", "含有无效字符")
	case strings.TrimSpace(s) == "":
		v.add("正文", "不能为空")
	case utf8.RuneCountInString(s) > MaxMinutesBody:
		v.add("正文", "不能超过 %d 个字（现有 %d 个）", MaxMinutesBody, utf8.RuneCountInString(s))
	}
	return v.err("纪要正文")
}

// MinutesBlock is a paragraph or a heading of a 纪要's text.
type MinutesBlock struct {
	Level int // 0 for a paragraph; 1 to 4 for the heading levels 一、（一）1.（1）
	Text  string
}

// ParseMinutesText splits a text into blocks: one a non-empty line; a line
// starting with one to four '#' and a space is a heading of that level. The
// editor writes headings this way so that the text stays plain and every
// character can be compared between versions.
func ParseMinutesText(s string) []MinutesBlock {
	var out []MinutesBlock
	for _, line := range strings.Split(s, "\n") {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		level := 0
		for level < 4 && level < len(line) && line[level] == '#' {
			level++
		}
		if level > 0 && strings.HasPrefix(line[level:], " ") {
			out = append(out, MinutesBlock{Level: level, Text: strings.TrimSpace(line[level:])})
			continue
		}
		out = append(out, MinutesBlock{Text: line})
	}
	return out
}

// HeadingNumeral matches the numbering at the head of a heading: 一、
// （一） 1. （1）.
var HeadingNumeral = regexp.MustCompile(`^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|[0-9]+\.|（[0-9]+）)`)

// HeadingSubject is a heading without its numbering, as a task names the
// item it comes from.
func HeadingSubject(h string) string { return HeadingNumeral.ReplaceAllString(h, "") }

// HeadingPrefix is the marker of a heading level in a 纪要's text.
func HeadingPrefix(level int) string {
	if level < 1 || level > 4 {
		return ""
	}
	return strings.Repeat("#", level) + " "
}

// MinutesLists are the 出席, 请假 and 列席 lists printed after a 纪要's text.
type MinutesLists struct {
	Present, Leave, Attending []string
}

// MinutesRecord is a 纪要 whole, read in one transaction: what its papers
// (the 纪要 itself and the 审签单) are made from.
type MinutesRecord struct {
	Minutes Minutes
	Text    MinutesVersion // the newest version
	Lists   MinutesLists
	Chain   []MinutesSign // recorded steps, then those to come
	Chair   string        // the meeting's chair, for the 审签单
	Number  int           // the meeting's 第N次; 0 when not numbered
}

// SearchHit is a 纪要 or a task whose text holds the query, with the
// sentence that holds it.
type SearchHit struct {
	Kind     string // "minutes" or "task"
	ID       int64
	Title    string // 〔2026〕第3期 会议名称, or the task's title
	Sentence string
}

// MinutesDraftCopy is the unsaved text of a 纪要's editor, kept as it was
// typed so that a crash loses nothing.
type MinutesDraftCopy struct {
	BasedOn int // the version the editor had opened
	Body    string
	SavedAt time.Time
	SavedBy string
}

// MinutesFilter selects 纪要 for a list; zero values select all.
type MinutesFilter struct {
	// Year is the 纪要's year, the year of its meeting (its 〔年〕 number).
	Year  int
	Stage MinutesStage
	// Unsigned adds to a Year's 纪要 every one not yet signed, whatever its
	// year: the list's 年度, in which a draft of last December's meeting
	// must stay in view until it is signed. The command line's --year
	// leaves it off.
	Unsigned bool
}

// MinutesService is what the screens need of 纪要.
type MinutesService interface {
	MinutesList(ctx context.Context, f MinutesFilter) ([]Minutes, error)
	MinutesOf(ctx context.Context, id int64) (Minutes, error)
	// MinutesForMeeting returns the meeting's 纪要 ID, or 0 when none is drafted.
	MinutesForMeeting(ctx context.Context, meetingID int64) (int64, error)
	// DraftMinutes creates the 纪要 of a held meeting, numbered and prefilled.
	DraftMinutes(ctx context.Context, meetingID int64) (Minutes, error)
	SaveMinutes(ctx context.Context, m Minutes) (Minutes, error)
	DeleteMinutes(ctx context.Context, id, version int64) error
	MinutesVersions(ctx context.Context, id int64) ([]MinutesVersion, error)
	// SaveMinutesText adds a version; refused once signed.
	SaveMinutesText(ctx context.Context, id int64, body string, basedOn int) (MinutesVersion, error)
	RestoreMinutesVersion(ctx context.Context, id int64, n int) (MinutesVersion, error)
	CorrectMinutes(ctx context.Context, id int64, body, reason string) (MinutesVersion, error)
	// SignChain is the route the rules give (四十六, 六, 八) with the steps
	// recorded so far.
	SignChain(ctx context.Context, id int64) ([]MinutesSign, error)
	SignMinutes(ctx context.Context, id int64, a SignAction) (Minutes, error)
	// MinutesLists reads the 出席/请假/列席 lists from the meeting's attendance.
	MinutesLists(ctx context.Context, id int64) (MinutesLists, error)
	// AutosaveMinutes keeps the editor's unsaved text (debounced as she
	// types); MinutesAutosave gives it back, ok false when there is none or
	// it equals the newest version.
	AutosaveMinutes(ctx context.Context, id int64, body string, basedOn int) error
	MinutesAutosave(ctx context.Context, id int64) (MinutesDraftCopy, bool, error)
	// MinutesTemplate is the opening template of a meeting kind's drafts
	// (the default unless the office set one); SetMinutesTemplate sets it,
	// "" going back to the default.
	MinutesTemplate(ctx context.Context, kind MeetingKind) (string, error)
	SetMinutesTemplate(ctx context.Context, kind MeetingKind, tmpl string) error
	// Search finds the query in every 纪要 and task (四十六, 三十六).
	Search(ctx context.Context, q string) ([]SearchHit, error)
	// MinutesRecord reads a 纪要 whole for its papers.
	MinutesRecord(ctx context.Context, id int64) (MinutesRecord, error)
	Phrases(ctx context.Context) ([]string, error)
	AddPhrase(ctx context.Context, text string) error
}
