// Package xlsximport reads a roster from an Excel workbook the office
// already keeps: columns are found by their headers (姓名, 单位, 职务, 电话 …)
// wherever they stand, every row is checked, and every problem is reported
// with its row and column, so the user can fix the sheet and try again.
// Nothing here writes to the database: the store imports all or nothing.
package xlsximport

import (
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"huiwu/data"
)

// Limits bound what an import may cost, so that a hostile or mistaken file
// (a zip bomb, a million rows) is refused quickly instead of eating the PC.
type Limits struct {
	FileSize     int64 // bytes of workbook held in memory when not read from a file (0: UnzipXMLSize)
	UnzipSize    int64 // bytes the whole workbook may unzip to
	UnzipXMLSize int64 // bytes one sheet's XML may unzip to
	Rows         int   // data rows
}

// DefaultLimits fit a roster of a few thousand people with room to spare.
var DefaultLimits = Limits{FileSize: 16 << 20, UnzipSize: 64 << 20, UnzipXMLSize: 32 << 20, Rows: 10000}

// Row is one person read from the sheet.
type Row struct {
	Line   int // the sheet's row number, as Excel shows it
	Person data.BatchPerson
}

// Problem is one thing wrong with one row.
type Problem struct {
	Line    int // 0 for the sheet as a whole
	Column  string
	Message string
}

func (p Problem) String() string {
	if p.Line == 0 {
		return p.Message
	}
	return fmt.Sprintf("第 %d 行「%s」：%s", p.Line, p.Column, p.Message)
}

// Result is a read sheet: the good rows and the problems.
type Result struct {
	Sheet    string
	Headers  map[string]int // recognised column name -> index
	Rows     []Row
	Problems []Problem
}

// headerNames maps the header texts an office uses to Huiwu's fields.
var headerNames = map[string]string{
	"姓名": "姓名", "名字": "姓名",
	"单位": "单位", "工作单位": "单位", "所在单位": "单位",
	"职务": "职务", "职务职级": "职务",
	"电话": "电话", "联系电话": "电话", "手机": "电话",
	"身份": "身份", "排位": "排位", "礼宾排位": "排位", "在任": "在任",
}

// roleNames maps the Chinese role names a sheet may carry to role codes.
var roleNames = map[string]data.Role{
	"市长": data.RoleMayor, "常务副市长": data.RoleExecutiveVice, "副市长": data.RoleViceMayor,
	"党组成员": data.RolePartyMember, "秘书长": data.RoleSecretaryGen, "办公室主任": data.RoleOfficeDirector,
	"办公室副主任": data.RoleOfficeDeputy, "部门主要负责人": data.RoleUnitHead, "人大代表": data.RoleNPCDeputy,
	"政协委员": data.RoleCPPCCMember, "市民代表": data.RoleCitizenRep, "纪委监委": data.RoleDiscipline, "工作人员": data.RoleStaff,
}

// ErrNotWorkbook says the file is not an xlsx workbook at all.
var ErrNotWorkbook = errors.New("not an xlsx workbook")

// ReadRoster reads the first sheet of the workbook in r. The header row is
// the first row that names 姓名. The sheet is streamed once, and reading
// stops at the row cap: what a file costs is bounded by the limits, not by
// the file.
func ReadRoster(r io.Reader, lim Limits) (Result, error) {
	wb, err := openWorkbook(r, lim)
	if err != nil {
		return Result{}, explainOpen(err)
	}
	res := Result{Sheet: wb.sheet}
	part, err := wb.open(wb.part)
	if err == nil && part == nil {
		err = errNoSheets
	}
	if err != nil {
		return res, explainOpen(err)
	}
	defer part.Close()
	rows := newSheetRows(part, &wb.strings)
	count := 0
	for {
		more, err := rows.next()
		if err != nil {
			return res, explainOpen(err)
		}
		if !more {
			break
		}
		cells := rows.cells
		if res.Headers == nil {
			res.Headers = headersOf(cells)
			continue
		}
		if blank(cells) {
			continue
		}
		count++
		if count > lim.Rows {
			return res, tooManyRows(lim.Rows)
		}
		row, problems := MapRow(rows.line, res.Headers, cells)
		res.Problems = append(res.Problems, problems...)
		if len(problems) == 0 {
			res.Rows = append(res.Rows, row)
		}
	}
	if res.Headers == nil {
		return res, noHeader()
	}
	if count == 0 {
		return res, data.Errorf(data.EInvalid, "没有可导入的人员：表头「姓名」下面没有填写任何人")
	}
	res.Problems = append(res.Problems, mergedProblems(rows.merged)...)
	return res, nil
}

// MapRow turns one sheet row into a person, or says what is wrong with it.
// It is pure: the fuzz target drives it with any cells.
func MapRow(line int, headers map[string]int, cells []string) (Row, []Problem) {
	cell := func(name string) string {
		i, ok := headers[name]
		if !ok || i >= len(cells) {
			return ""
		}
		return cells[i]
	}
	var problems []Problem
	bad := func(col, msg string) { problems = append(problems, Problem{Line: line, Column: col, Message: msg}) }
	p := data.Person{Name: cell("姓名"), Post: cell("职务"), Phone: cell("电话"), Active: true}
	if s := strings.TrimSpace(cell("排位")); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil {
			bad("排位", "应为整数")
		}
		p.Rank = n
	}
	switch strings.TrimSpace(cell("在任")) {
	case "", "是", "在任", "1", "TRUE", "true":
	case "否", "不在任", "0", "FALSE", "false":
		p.Active = false
	default:
		bad("在任", "应为「是」或「否」")
	}
	for _, name := range strings.FieldsFunc(cell("身份"), func(r rune) bool { return strings.ContainsRune("、,，;；/ ", r) }) {
		role, ok := roleNames[name]
		if !ok {
			bad("身份", "未知身份「"+data.Excerpt(name)+"」")
			continue
		}
		p.Roles = append(p.Roles, role)
	}
	p.Normalize()
	for _, pr := range data.ProblemsOf(p.Validate()) {
		bad(pr.Field, pr.Message)
	}
	return Row{Line: line, Person: data.BatchPerson{Person: p, Unit: data.Clean(cell("单位"))}}, problems
}

func headersOf(cells []string) map[string]int {
	h := map[string]int{}
	for i, c := range cells {
		if name, ok := headerNames[strings.TrimSpace(strings.ReplaceAll(c, " ", ""))]; ok {
			if _, dup := h[name]; !dup {
				h[name] = i
			}
		}
	}
	if _, ok := h["姓名"]; !ok {
		return nil // not the header row yet
	}
	return h
}

func blank(cells []string) bool {
	for _, c := range cells {
		if strings.TrimSpace(c) != "" {
			return false
		}
	}
	return true
}

// mergedProblems refuses merged cells: a merged range holds its value in one
// cell only, so the rows under it would silently lose their unit or post.
func mergedProblems(merged []string) []Problem {
	var out []Problem
	for _, ref := range merged {
		first, _, _ := strings.Cut(ref, ":")
		i := strings.IndexAny(first, "0123456789")
		if i < 0 {
			continue
		}
		row, err := strconv.Atoi(first[i:])
		if err != nil {
			continue
		}
		out = append(out, Problem{Line: row, Column: ref, Message: "含合并单元格，合并区域中只有第一格有值；请取消合并并逐行填写"})
	}
	return out
}

func explainOpen(err error) error {
	switch {
	case errors.Is(err, errTooBig):
		return data.Wrap(data.EInvalid, err, "文件解压后过大，可能已损坏或不是普通的名册表格，已拒绝导入")
	case errors.Is(err, errFileTooBig):
		return data.Wrap(data.EInvalid, err, "文件过大，不像是名册表格，已拒绝导入")
	case errors.Is(err, errNoSheets):
		return data.Wrap(data.EInvalid, err, "工作簿中没有工作表")
	case errors.Is(err, errNotZip):
		return data.Wrap(data.EInvalid, ErrNotWorkbook, "文件不是 Excel 工作簿（.xlsx）。如是 .xls 或 WPS 格式，请另存为 .xlsx 后再导入")
	}
	return data.Wrap(data.EInvalid, err, "无法读取工作簿：%v", err)
}

func tooManyRows(n int) error {
	return data.Errorf(data.EInvalid, "名册超过 %d 行，已停止读取；请确认选对了文件，或分批导入", n)
}

func noHeader() error {
	return data.Errorf(data.EInvalid, "没有找到表头：第一张工作表中应有一行写着「姓名」，以及「单位」「职务」「电话」等列名")
}
