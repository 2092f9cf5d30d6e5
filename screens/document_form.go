package screens

import (
	"context"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"huiwu/data"
)

// intakeAnswers are the 四十七 questions as check boxes, in the order the
// form shows them, with the Intake field each sets.
var intakeAnswers = []struct {
	key string
	get func(*data.Intake) *bool
}{
	{"intake.via_office", func(i *data.Intake) *bool { return &i.ViaOffice }},
	{"intake.to_leader", func(i *data.Intake) *bool { return &i.ToLeader }},
	{"intake.skip_level", func(i *data.Intake) *bool { return &i.SkipLevel }},
	{"intake.many_places", func(i *data.Intake) *bool { return &i.ManyPlaces }},
	{"intake.has_request", func(i *data.Intake) *bool { return &i.HasRequest }},
}

// openForm registers a document (d.ID 0) or edits one. A document that
// fails a 四十七 check is saved all the same, returned, and the form says so.
func (s *documentsScreen) openForm(d data.Document) *formDialog {
	entry := func(v string) *keyEntry {
		e := newKeyEntry(s.env)
		e.SetText(v)
		return e
	}
	title, number, term, remarks := entry(d.Title), entry(d.Number), entry(d.SecrecyTerm), entry(d.Remarks)
	received := newDateEntry(s.env, d.Received)
	matters := entry(strconv.Itoa(d.Intake.MattersSeen))
	atts := entry(strings.Join(d.Attachments, "；"))

	kinds := make([]string, len(data.DocKinds))
	for i, k := range data.DocKinds {
		kinds[i] = docKindLabel(k)
	}
	kind := newSelect(kinds, nil)
	kind.SetSelected(docKindLabel(d.Kind))
	unitNames, unitIDs := []string{}, map[string]int64{}
	for _, u := range s.units {
		unitNames = append(unitNames, u.Name)
		unitIDs[u.Name] = u.ID
	}
	// A select entry: the secretary types part of a name or picks one of
	// a hundred units from the list.
	unit := widget.NewSelectEntry(unitNames)
	for _, u := range s.units {
		if u.ID == d.UnitID {
			unit.SetText(u.Name)
		}
	}
	class := choice(data.Classifications, d.Classification)
	urgency := choice(data.Urgencies, d.Urgency)
	disclosure := choice(data.Disclosures, d.Disclosure)

	intakeLabels := make([]string, len(intakeAnswers))
	var intakeOn []string
	for i, a := range intakeAnswers {
		intakeLabels[i] = lang.L(a.key)
		if *a.get(&d.Intake) {
			intakeOn = append(intakeOn, intakeLabels[i])
		}
	}
	intake := widget.NewCheckGroup(intakeLabels, nil)
	intake.Horizontal = true
	intake.SetSelected(intakeOn)
	flagLabels := make([]string, len(data.DocFlags))
	var flagsOn []string
	for i, f := range data.DocFlags {
		flagLabels[i] = docFlagLabel(f)
		if d.HasFlag(f) {
			flagsOn = append(flagsOn, flagLabels[i])
		}
	}
	flags := widget.NewCheckGroup(flagLabels, nil)
	flags.Horizontal = true
	flags.SetSelected(flagsOn)

	heading := lang.L("documents.new")
	if d.ID != 0 {
		heading = fmt.Sprintf(lang.L("documents.edit"), d.Title)
	}
	items := []formField{
		field("文种", kind, ""),
		field("标题", title, ""),
		field("来文单位", unit, lang.L("hint.doc.unit")),
		field("文号", number, lang.L("hint.doc.number")),
		field("收文日期", received, lang.L("hint.date")),
		field("事项数", matters, lang.L("hint.doc.matters")),
		field("报送方式", intake, lang.L("hint.doc.intake")),
		field("呈报事项", flags, lang.L("hint.doc.flags")),
		field("密级", class, ""),
		field("保密期限", term, lang.L("hint.doc.term")),
		field("紧急程度", urgency, ""),
		field("公开属性", disclosure, lang.L("hint.doc.disclosure")),
		field("附件", atts, lang.L("hint.doc.attachments")),
		field("备注", remarks, ""),
	}
	f := newFormDialog(s.env, heading, items, func(done func(error)) {
		v := d
		v.Title, v.Number, v.SecrecyTerm, v.Remarks = title.Text, number.Text, term.Text, remarks.Text
		v.Classification, v.Urgency, v.Disclosure = choiceValue(class), choiceValue(urgency), choiceValue(disclosure)
		for _, k := range data.DocKinds {
			if docKindLabel(k) == kind.Selected {
				v.Kind = k
			}
		}
		v.UnitID = unitIDs[unit.Text]
		v.Attachments = strings.FieldsFunc(atts.Text, func(r rune) bool { return r == '；' || r == ';' })
		v.Intake = data.Intake{}
		for i, a := range intakeAnswers {
			*a.get(&v.Intake) = slices.Contains(intake.Selected, intakeLabels[i])
		}
		v.Flags = nil
		for i, fl := range data.DocFlags {
			if slices.Contains(flags.Selected, flagLabels[i]) {
				v.Flags = append(v.Flags, fl)
			}
		}
		var problems []data.Problem
		v.Received = parseDay(received, "收文日期", &problems)
		n, err := strconv.Atoi(strings.TrimSpace(matters.Text))
		if err != nil {
			problems = append(problems, data.Problem{Field: "事项数", Message: lang.L("error.number")})
		}
		v.Intake.MattersSeen = n
		if len(problems) > 0 {
			done(&data.Error{Code: data.EInvalid, Message: lang.L("error.notsaved"), Problems: problems})
			return
		}
		var saved data.Document
		act(s.env, func(ctx context.Context) error {
			saved, err = s.env.Documents.SaveDocument(ctx, v)
			return err
		}, func(err error) {
			done(err)
			if err != nil {
				return
			}
			s.list.selectID(saved.ID)
			s.reload()
			if s.page != nil {
				s.page.reload()
			}
			if saved.Status == data.DocReturned {
				dialog.ShowInformation(lang.L("document.returned.title"), fmt.Sprintf(lang.L("document.returned"), saved.Problem), s.env.Window)
			}
		})
	})
	f.show()
	return f
}
