package rules

import (
	"fmt"
	"strings"

	"huiwu/data"
)

// DocFinding is one answer of a document check: the clause, what was found,
// and whether it sends the document back (退回) to its unit.
type DocFinding struct {
	Clause  data.Clause
	Message string
	Return  bool
}

// CheckIntake applies clause 四十七 to a registered document: units send
// documents to the government through the office only (统一扎口), never
// straight to a leader, never skipping a level, never to several places at
// once; a 请示 carries one matter (一文一事) and a 报告 no request. Each
// violation returns the document to its unit; a document that passes gets
// one finding saying so, so that every answer is on record.
func CheckIntake(d data.Document) []DocFinding {
	var fs []DocFinding
	bad := func(format string, args ...any) {
		fs = append(fs, DocFinding{Clause: c47, Message: fmt.Sprintf(format, args...), Return: true})
	}
	in := d.Intake
	if !in.ViaOffice {
		bad("未经市政府办公室统一扎口报送（第四十七条）")
	}
	if in.ToLeader {
		bad("直接报送领导个人，应报市政府并经办公室办理（第四十七条）")
	}
	if in.SkipLevel {
		bad("越级报文（第四十七条）")
	}
	if in.ManyPlaces {
		bad("多头报文，同时报送多个机关（第四十七条）")
	}
	if d.Kind == data.DocRequest && in.MattersSeen > 1 {
		bad("请示应一文一事，本件含 %d 个事项（第四十七条）", in.MattersSeen)
	}
	if d.Kind == data.DocReport && in.HasRequest {
		bad("报告中不得夹带请示事项（第四十七条）")
	}
	if d.Kind == data.DocNormative && d.Disclosure == "" {
		bad("规范性文件报送时应明确公开属性（第五十条）")
		fs[len(fs)-1].Clause = c50
	}
	if len(fs) == 0 {
		fs = append(fs, DocFinding{Clause: c47, Message: "经办公室统一扎口，无越级、多头报文" + oneMatter(d) + "（第四十七条）"})
	}
	return fs
}

func oneMatter(d data.Document) string {
	switch d.Kind {
	case data.DocRequest:
		return "，一文一事"
	case data.DocReport:
		return "，未夹带请示事项"
	}
	return ""
}

// Returned tells whether any finding sends the document back, and joins
// those findings into the problem shown with the document.
func Returned(fs []DocFinding) (bool, string) {
	var msgs []string
	for _, f := range fs {
		if f.Return {
			msgs = append(msgs, f.Message)
		}
	}
	return len(msgs) > 0, strings.Join(msgs, "；")
}

// IntakeStatus decides where a document stands once its entry is saved
// (四十七), given its findings and the state it had (old, "" for a new
// one): a failing check returns it (已退回, with the problem shown), a
// returned one that now passes is registered again, and a document already
// under way keeps its place — an edit only corrects its entry.
func IntakeStatus(d data.Document, old data.DocStatus, fs []DocFinding) (data.DocStatus, string) {
	st := d.Status
	if st == "" {
		st = data.DocRegistered
	}
	returned, problem := Returned(fs)
	switch {
	case returned:
		st = data.DocReturned
	case st == data.DocReturned:
		st = data.DocRegistered
	}
	if old != "" && old != data.DocRegistered && old != data.DocReturned && old != st {
		st = old
	}
	return st, problem
}
