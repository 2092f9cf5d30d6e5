package app

import (
	"os"
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2/test"

	"huiwu/data"
	"huiwu/data/store"
)

// Issue 18 item 9: the recovery note may say the file is unchanged only
// when the file before and after the failed open is the same, unwritten.
func TestOpenWatchingComparesTheFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, store.DBName)
	if err := os.WriteFile(path, []byte("not a database, not a database"), 0o600); err != nil {
		t.Fatal(err)
	}
	_, _, unchanged, err := openWatching(dir, store.Open)
	if data.ErrorCode(err) != data.ENotHuiwu || !unchanged {
		t.Fatalf("refused file: %v, unchanged %v", err, unchanged)
	}
	touching := func(dir string) (*store.Store, error) {
		if err := os.WriteFile(path, []byte("changed"), 0o600); err != nil {
			t.Fatal(err)
		}
		return nil, data.Errorf(data.EDamaged, "坏了")
	}
	if _, _, unchanged, _ := openWatching(dir, touching); unchanged {
		t.Fatal("a changed file called unchanged")
	}
	if _, _, unchanged, _ := openWatching(t.TempDir(), func(string) (*store.Store, error) { return nil, data.Errorf(data.EInternal, "x") }); unchanged {
		t.Fatal("a missing file called unchanged")
	}
}

// Each problem gets the choices that fit it.
func TestRecoveryChoicesFitTheProblem(t *testing.T) {
	a := test.NewTempApp(t)
	g := &gui{app: a, win: a.NewWindow("t"), dir: t.TempDir()}
	for _, tt := range []struct {
		code                           data.Code
		readOnly, restore, retry, quit bool
	}{
		{data.EDamaged, true, true, false, true},
		{data.ENotHuiwu, true, true, false, true},
		{data.ELocked, false, false, true, true},
		{data.EReadOnly, true, false, true, true}, // a folder nothing can write: read it
		{data.ETooNew, false, false, false, true},
	} {
		r := g.recoveryFor(data.Errorf(tt.code, "x"), false)
		if (r.OpenReadOnly != nil) != tt.readOnly || (r.RestoreLatest != nil) != tt.restore || (r.Retry != nil) != tt.retry || r.ChooseFolder == nil {
			t.Errorf("%s: read-only %v, restore %v, retry %v, folder %v", tt.code, r.OpenReadOnly != nil, r.RestoreLatest != nil, r.Retry != nil, r.ChooseFolder != nil)
		}
	}
}
