package app

import (
	"fmt"
	"hash/maphash"
	"io"
	"os"
	"path/filepath"

	"fyne.io/fyne/v2"

	"huiwu/data"
	"huiwu/data/store"
	"huiwu/screens"
)

// openWatching opens the data folder dir with open and, when that fails,
// tells whether the database file is byte for byte what it was before: the
// recovery window may say 「程序没有改动这个数据文件」 only then. The file is
// hashed on every start, so the hash is the runtime's maphash with a seed of
// this process: ten times SHA-256's speed on this machine's 2 cores (560
// against 56 MB/s under load), and a change it misses would need that seed.
func openWatching(dir string, open func(string) (*store.Store, error)) (s *store.Store, unchanged bool, err error) {
	path := filepath.Join(dir, store.DBName)
	before := fileSum(path)
	s, err = open(dir)
	if err != nil {
		unchanged = before != "" && fileSum(path) == before
	}
	return s, unchanged, err
}

// fileSum is the file's hash under this process's seed, "" if it cannot be
// read.
func fileSum(path string) string {
	f, err := os.Open(path)
	if err != nil {
		return ""
	}
	defer f.Close()
	h := maphash.Hash{}
	h.SetSeed(sumSeed)
	if _, err := io.Copy(&h, f); err != nil {
		return ""
	}
	return fmt.Sprintf("%x", h.Sum64())
}

var sumSeed = maphash.MakeSeed()

// openFolder opens dir in the window: the main screens, or the recovery
// screen for that folder. It runs off the UI goroutine.
func (g *gui) openFolder(dir string) error {
	s, unchanged, err := openWatching(dir, store.Open)
	fyne.Do(func() {
		g.dir = dir
		if err != nil {
			g.showRecovery(err, unchanged)
			return
		}
		g.showMain(s)
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
