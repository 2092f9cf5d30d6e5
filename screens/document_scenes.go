package screens

import (
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"

	"huiwu/data"
)

// scenes are the document views worth a screenshot: the demo's National
// Day 请示 with its lapsed countersign and 批示, a normative draft refused
// for want of a 保密审查, and the 工作日历 tab of 设置.
func (s *documentsScreen) scenes(shell *Shell) []Scene {
	open := func(pick func(data.Document) bool) func() {
		return func() {
			shell.Show("documents")
			for _, d := range s.list.all {
				if pick(d) {
					s.open(d.ID)
					return
				}
			}
		}
	}
	return []Scene{
		{Name: "document-countersign", Show: open(func(d data.Document) bool { return d.Number == "溧城〔2026〕31号" })},
		{Name: "document-overdue", Show: open(func(d data.Document) bool { return d.Status == data.DocCountersign && d.Kind == data.DocRequest })},
		{Name: "document-normative", Show: open(func(d data.Document) bool { return d.Kind == data.DocNormative && d.Classification != "" })},
		{Name: "documents-signs", Show: func() {
			shell.Show("documents")
			if s.page != nil {
				s.back()
			}
			s.openSigns()
		}},
		{Name: "documents-list", Show: func() {
			s.closeSigns()
			shell.Show("documents")
			if s.page != nil {
				s.back()
			}
		}},
		{Name: "settings-calendar", Show: func() {
			s.closeSigns()
			shell.Show("settings")
			if tabs, ok := shell.screens[shell.index("settings")].made.(*container.AppTabs); ok {
				for _, it := range tabs.Items {
					if it.Text == lang.L("calendar.title") {
						tabs.Select(it)
					}
				}
			}
		}},
	}
}
