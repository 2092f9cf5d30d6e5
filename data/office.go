package data

import (
	"context"
	"unicode/utf8"
)

// Office names the issuing government and office printed on every paper, and
// the secretary who works the program: she is the 经办人/记录人 on forms and the
// actor in the audit log (the computer's login name says nothing on paper).
type Office struct {
	Government string // 溧阳市人民政府: the 发文机关 of papers in the government's name
	Name       string // 溧阳市人民政府办公室: the office that prints and issues
	Secretary  string // the secretary's own name; "" until she gives it at first start
}

// DefaultOffice is what an office gets before it names itself.
var DefaultOffice = Office{Government: "溧阳市人民政府", Name: "溧阳市人民政府办公室"}

// Validate reports each field that cannot go on a paper.
func (o Office) Validate() error {
	var problems []Problem
	if Clean(o.Government) == "" {
		problems = append(problems, Problem{Field: "政府名称", Message: "不能为空，如 溧阳市人民政府"})
	} else if utf8.RuneCountInString(o.Government) > 40 {
		problems = append(problems, Problem{Field: "政府名称", Message: "不超过 40 字"})
	}
	if Clean(o.Name) == "" {
		problems = append(problems, Problem{Field: "办公室名称", Message: "不能为空，如 溧阳市人民政府办公室"})
	} else if utf8.RuneCountInString(o.Name) > 40 {
		problems = append(problems, Problem{Field: "办公室名称", Message: "不超过 40 字"})
	}
	if utf8.RuneCountInString(o.Secretary) > 20 {
		problems = append(problems, Problem{Field: "经办人姓名", Message: "不超过 20 字"})
	}
	if len(problems) > 0 {
		return &Error{Code: EInvalid, Message: "单位设置未保存", Problems: problems}
	}
	return nil
}

// OfficeService reads and saves the office's names (设置 and the first-start
// setup) and how its papers are printed (设置 › 公文印制).
type OfficeService interface {
	Office(ctx context.Context) (Office, error)
	SetOffice(ctx context.Context, o Office) error
	PaperSettings(ctx context.Context) (PaperSettings, error)
	// SetPaperSettings checks every font file (it exists and sets the
	// role's Chinese characters) and saves them all, or none, with their
	// audit entries.
	SetPaperSettings(ctx context.Context, p PaperSettings) error
}
