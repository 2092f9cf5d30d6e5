package app

import (
	"context"
	"os"
	"path/filepath"

	"fyne.io/fyne/v2"

	"huiwu/data"
	"huiwu/data/store"
	"huiwu/screens"
)

// openWatching opens the data folder dir with open and, when that fails,
// tells whether the database file is what it was before: the recovery
// window may say 「程序没有改动这个数据文件」 only then. It compares the
// file's identity, size and modification time, which every write to it
// changes; reading the whole file twice to compare hashes cost most of a
// second on ten years of data at every start. The store's open itself
// writes nothing before the file has passed its checks (data/store/verify.go).
func openWatching(dir string, open func(string) (*store.Store, error)) (s *store.Store, before os.FileInfo, unchanged bool, err error) {
	path := filepath.Join(dir, store.DBName)
	before = fileState(path)
	s, err = open(dir)
	if err != nil {
		unchanged = sameFile(before, fileState(path))
	}
	return s, before, unchanged, err
}

// fileState is the file's identity, size and times, nil if it cannot be
// read.
func fileState(path string) os.FileInfo {
	fi, err := os.Stat(path)
	if err != nil {
		return nil
	}
	return fi
}

// sameFile tells whether two states are of the same file, unwritten.
func sameFile(a, b os.FileInfo) bool {
	return a != nil && b != nil && os.SameFile(a, b) && a.Size() == b.Size() && a.ModTime().Equal(b.ModTime())
}

// openFolder opens dir in the window: the main screens, or the recovery
// screen for that folder. It runs off the UI goroutine.
func (g *gui) openFolder(dir string) error {
	s, before, unchanged, err := openWatching(dir, store.Open)
	fyne.Do(func() {
		g.dir = dir
		if err != nil {
			g.showRecovery(err, unchanged)
			return
		}
		g.opened(s, before)
	})
	return nil
}

// recoveryFor is the recovery screen's choices for problem: read-only and
// restore for a damaged or foreign file; retry for a locked or unwritable
// folder (once the other copy is closed or the permission given); another
// data folder always, as a newer file, a locked folder or a read-only one
// can only be left for another.
func (g *gui) recoveryFor(problem error, unchanged bool) screens.Recovery {
	r := screens.Recovery{Window: g.win, Problem: problem, Unchanged: unchanged, Quit: g.app.Quit, Async: screens.BackgroundAsync, ChooseFolder: g.openFolder}
	switch data.ErrorCode(problem) {
	case data.EDamaged, data.ENotHuiwu:
		g.offerRestore(&r)
	case data.ETooNew:
	case data.EReadOnly:
		// Nothing can be written there, but everything can be read and
		// printed.
		r.OpenReadOnly = g.openReadOnly
		dir := g.dir
		r.Retry = func() error { return g.openFolder(dir) }
	default:
		dir := g.dir
		r.Retry = func() error { return g.openFolder(dir) }
	}
	return r
}

// opened shows the main screens on s, just opened, and watches the check
// that runs after opening (data/store/verify.go): reads are shown before it
// ends, and if it fails the store is closed — nothing was written, since
// writes wait for it — and the recovery screen takes the window's place.
// before is the file's state before the open, for the recovery note.
func (g *gui) opened(s *store.Store, before os.FileInfo) {
	g.showMain(s)
	go g.watchCheck(s, before)
}

// watchCheck waits for the check after opening s and puts the recovery
// screen in the window if it failed.
func (g *gui) watchCheck(s *store.Store, before os.FileInfo) {
	err := s.Verified(context.Background())
	if data.ErrorCode(err) != data.EDamaged {
		return // passed, or the store was closed first
	}
	fyne.Do(func() {
		if g.store != s {
			return // closed or replaced meanwhile
		}
		g.stopLoops()
		g.store = nil
		if cerr := s.Close(); cerr != nil {
			fyne.LogError("close store", cerr)
		}
		g.showRecovery(err, sameFile(before, fileState(s.Path())))
	})
}
