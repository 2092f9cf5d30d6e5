package screens

import (
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"

	"huiwu/data"
)

// registerScenes are the 公文 screen's registers worth a screenshot: each
// tab (empty on data that has none, with its first step offered), each
// register's form as it refuses an empty save, a filing's step, and
// 设置 › 跟踪时限. Nothing is written: the forms refuse before the store.
func (s *documentsScreen) registerScenes(shell *Shell) []Scene {
	tab := func(i int) func() {
		return func() {
			shell.Show("documents")
			s.showTab(i)
		}
	}
	form := func(i int, open func() *formDialog) func() {
		return func() {
			tab(i)()
			open().submit()
		}
	}
	return []Scene{
		{Name: "documents-issued", Show: tab(tabIssued)},
		{Name: "issued-form", Show: form(tabIssued, func() *formDialog { return s.issued.openForm(data.IssuedDoc{Issuer: data.IssuerGovernment}) })},
		{Name: "documents-proposals", Show: tab(tabProposals)},
		{Name: "proposal-form", Show: form(tabProposals, func() *formDialog {
			return s.proposals.openForm(data.Proposal{Kind: data.ProposalCPPCC, Assigned: s.env.now()}, proposalAll)
		})},
		{Name: "documents-filings", Show: tab(tabFilings)},
		{Name: "filing-form", Show: form(tabFilings, func() *formDialog { return s.filings.openForm() })},
		// The order's form as it opens (a saved filing is the store's to
		// find: this one is not saved, so the form is not submitted).
		{Name: "filing-step", Show: func() {
			tab(tabFilings)()
			s.filings.openStep(data.Filing{Title: "上黄镇农村宅基地管理办法", RegisteredOn: s.env.now(), Review: "conflict"})
		}},
		{Name: "settings-followup", Show: func() {
			tab(tabIncoming)()
			shell.Show("settings")
			if tabs, ok := shell.screens[shell.index("settings")].made.(*container.AppTabs); ok {
				for _, it := range tabs.Items {
					if it.Text == lang.L("followup.title") {
						tabs.Select(it)
					}
				}
			}
		}},
	}
}
