package screens

import (
	"context"
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"huiwu/data"
)

// documentsScreen is the register of incoming documents (公文) with a status
// filter; opening a document swaps the list for its page (docPage).
type documentsScreen struct {
	env      *Env
	list     recordList[data.Document]
	filter   data.DocFilter
	units    []data.Unit
	people   []data.Person
	late     map[int64][]string   // units past their countersign deadline, by document
	signsDlg *dialog.CustomDialog // the 会签情况 dialog while it is open

	status   *widget.Select
	year     *widget.Select
	unit     *choiceField // 来文单位: a hundred units, found by typing
	stack    *fyne.Container
	listView fyne.CanvasObject
	page     *docPage
	// tabs holds 收文 and the registers beside it (registers.go).
	tabs      *container.AppTabs
	issued    *issuedScreen
	proposals *proposalsScreen
	filings   *filingsScreen
}

func newDocumentsScreen(env *Env) *documentsScreen {
	s := &documentsScreen{env: env, filter: data.DocFilter{Year: env.now().Year()}}
	s.list = recordList[data.Document]{
		env: env, columns: 6, unit: lang.L("unit.documents"),
		cells: func(d data.Document) []string {
			state := docStatusLabel(d.Status)
			if d.Problem != "" {
				state += "：" + d.Problem
			}
			if late := s.late[d.ID]; len(late) > 0 {
				state += "：" + fmt.Sprintf(lang.L("documents.late"), strings.Join(late, "、"))
			}
			return []string{dayText(d.Received), docKindLabel(d.Kind), d.Title, d.UnitName, d.Number, state}
		},
		match: func(d data.Document, q string) bool {
			return containsFold(q, d.Title, d.UnitName, d.Number, docKindLabel(d.Kind), docStatusLabel(d.Status), dateKeys(d.Received))
		},
		name:    func(d data.Document) string { return d.Title },
		id:      func(d data.Document) int64 { return d.ID },
		onOpen:  func(d data.Document) { s.open(d.ID) },
		weights: []float32{1.8, 1.4, 3.4, 2.0, 1.8, 1.7},
		onNew:   func() { s.New() },
		onEdit:  func(d data.Document) { s.openForm(d) },
		remove: func(ctx context.Context, d data.Document) error {
			return env.Documents.DeleteDocument(ctx, d.ID, d.Version)
		},
		reload: s.reload,
	}
	return s
}

func (s *documentsScreen) build() fyne.CanvasObject {
	first := widget.NewButtonWithIcon(lang.L("documents.new"), theme.ContentAddIcon(), s.New)
	first.Importance = widget.HighImportance
	s.list.empty = emptyState(lang.L("empty.documents"), first)
	s.list.narrowed = func() bool { return s.filter.Status != "" || s.filter.UnitID != 0 }
	// The unit filter stands before the search field: the bar above has no
	// room left at 1024 pixels, and a long unit name only narrows the search.
	s.unit = newChoiceField(s.env, nil, 0, lang.L("option.all"))
	s.unit.onChange = func(id int64) {
		s.filter.UnitID = id
		s.reload()
	}
	s.list.lead = []fyne.CanvasObject{widget.NewLabel(lang.L("field.来文单位")), s.unit}
	v := s.list.build(lang.L("documents.search"), []string{
		lang.L("field.收文日期"), lang.L("field.文种"), lang.L("field.标题"), lang.L("field.来文单位"), lang.L("field.文号"), lang.L("field.状态"),
	})
	all := lang.L("option.all")
	statuses := []string{all}
	for _, st := range data.DocStatuses {
		statuses = append(statuses, docStatusLabel(st))
	}
	s.status = newSelect(statuses, func(v string) {
		s.filter.Status = ""
		for _, st := range data.DocStatuses {
			if docStatusLabel(st) == v {
				s.filter.Status = st
			}
		}
		s.reload()
	})
	s.status.SetSelected(all)
	s.year = yearSelect(s.filter.Year, s.env.now().Year(), func(y int) {
		s.filter.Year = y
		s.reload()
	})
	open := s.list.rowButton(lang.L("document.open"), theme.NavigateNextIcon(), s.list.open)
	open.Importance = widget.HighImportance
	book := widget.NewButtonWithIcon(lang.L("documents.export"), theme.DownloadIcon(), s.exportBook)
	plan := widget.NewButton(lang.L("normplan.button"), s.showPlan)
	signs := widget.NewButton(lang.L("signs.title"), s.openSigns)
	bar := container.NewHBox(widget.NewLabel(lang.L("field.状态")), s.status, widget.NewLabel(lang.L("field.年份")), s.year,
		layoutSpacer(), open, signs, plan, book)
	s.listView = container.NewBorder(bar, nil, nil, nil, v)
	s.stack = container.NewStack(s.listView)
	s.reload()
	return s.withRegisters(s.stack)
}

func (s *documentsScreen) reload() {
	if s.stack == nil {
		return // the filter's first selection, before build is done
	}
	type all struct {
		docs   []data.Document
		units  []data.Unit
		people []data.Person
		late   []data.Countersign
	}
	f := s.filter
	load(s.env, func(ctx context.Context) (all, error) {
		var a all
		var err error
		if a.docs, err = s.env.Documents.Documents(ctx, f); err != nil {
			return a, err
		}
		if a.people, err = s.env.Roster.People(ctx); err != nil {
			return a, err
		}
		// Only the overdue countersigns of the listed documents: the marks
		// need no more, and the decade's countersigns are tens of thousands.
		if a.late, err = s.env.Documents.OverdueCountersigns(ctx, f); err != nil {
			return a, err
		}
		a.units, err = s.env.Roster.Units(ctx)
		return a, err
	}, func(a all) {
		s.units, s.people = a.units, a.people
		s.unit.items = append([]pickItem{{Label: lang.L("option.all")}}, unitChoices(a.units)...)
		s.late = map[int64][]string{}
		for _, c := range a.late {
			s.late[c.DocID] = append(s.late[c.DocID], c.UnitName)
		}
		s.list.setRecords(a.docs)
	})
}

// FocusSearch puts the cursor in the search field (Ctrl+F).
func (s *documentsScreen) FocusSearch() {
	if search, _ := s.registerKeys(); search != nil {
		search()
		return
	}
	s.list.FocusSearch()
}

// New opens the form for a new document (Ctrl+N), or a new record of the
// register in front.
func (s *documentsScreen) New() {
	if _, create := s.registerKeys(); create != nil {
		create()
		return
	}
	s.openForm(data.Document{Kind: data.DocRequest, Intake: data.Intake{ViaOffice: true, MattersSeen: 1}})
}

// open shows document id's page in place of the list.
func (s *documentsScreen) open(id int64) {
	s.showTab(tabIncoming)
	s.page = newDocPage(s, id)
	s.stack.Objects = []fyne.CanvasObject{s.page.build()}
	s.stack.Refresh()
}

// back returns from a document's page to the list.
func (s *documentsScreen) back() {
	if s.page != nil {
		s.list.selectID(s.page.id) // back on the record just left
	}
	s.page = nil
	s.stack.Objects = []fyne.CanvasObject{s.listView}
	s.stack.Refresh()
	s.reload()
}

func docKindLabel(k data.DocKind) string     { return lang.L("dockind." + string(k)) }
func docStatusLabel(s data.DocStatus) string { return lang.L("docstatus." + string(s)) }
func docFlagLabel(f data.DocFlag) string     { return lang.L("docflag." + string(f)) }
func replyLabel(r data.Reply) string         { return lang.L("reply." + string(r)) }

// choice is a select whose "" value shows as 无.
func choice(options []string, value string) *widget.Select {
	none := lang.L("option.none")
	labels := make([]string, len(options))
	for i, o := range options {
		labels[i] = o
		if o == "" {
			labels[i] = none
		}
	}
	sel := newSelect(labels, nil)
	if value == "" {
		value = none
	}
	sel.SetSelected(value)
	return sel
}

// choiceValue reads a choice back, 无 as "".
func choiceValue(sel *widget.Select) string {
	if sel.Selected == lang.L("option.none") {
		return ""
	}
	return sel.Selected
}
