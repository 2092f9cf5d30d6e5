package screens

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"huiwu/data/store"
)

// storeEnv is the Env every screen test and benchmark runs on: a test
// window of size and every service on s, with work run synchronously so
// that a test need not wait for it.
func storeEnv(tb testing.TB, s *store.Store, size fyne.Size) *Env {
	tb.Helper()
	w := test.NewWindow(nil)
	w.Resize(size)
	tb.Cleanup(w.Close)
	return &Env{
		Window: w, Roster: s, Status: s, Meetings: s, Documents: s, Backup: s, Topics: s, Minutes: s, Tasks: s, Desk: s, Office: s,
		Proposals: s, Issued: s, Filings: s, FollowUp: s,
		Async: func(work, done func()) { work(); done() },
	}
}
