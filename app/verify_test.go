package app

import (
	"context"
	"database/sql"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"huiwu/data"
	"huiwu/data/store"
	"huiwu/translation"
)

// Issue 19: the main screen is shown from reads while the whole file is
// checked; when that check finds the file damaged (here an audit entry
// forged outside the program), the window closes the data — nothing having
// been written — and shows the recovery screen with the problem, saying
// the file is unchanged.
func TestADamagedFileFoundAfterOpeningShowsRecovery(t *testing.T) {
	a := test.NewTempApp(t)
	if err := translation.Load(); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	s, err := store.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.SaveUnit(context.Background(), data.Unit{Name: "溧阳市财政局", Kind: data.KindDepartment}); err != nil {
		t.Fatal(err)
	}
	s.Close()
	db, err := sql.Open("sqlite3", filepath.Join(dir, store.DBName))
	if err != nil {
		t.Fatal(err)
	}
	_, err = db.Exec(`INSERT INTO audit_log (seq, at, actor, action, entity, entity_id, detail, prev_hash, hash)
		SELECT max(seq) + 1, '2026-01-01T00:00:00Z', '某人', 'unit.save', 'unit', 1, '{}', x'00', x'00' FROM audit_log`)
	db.Close()
	if err != nil {
		t.Fatal(err)
	}
	g := &gui{app: a, win: a.NewWindow("会务"), dir: dir, quit: func() {}, async: func(work, done func()) { work(); done() }}
	s, before, _, err := openWatching(dir, store.Open)
	if err != nil {
		t.Fatalf("the probe refused what only the whole-file check finds: %v", err)
	}
	// What opened does, in this goroutine: the test driver's fyne.Do runs
	// its function at once, on whatever goroutine calls it.
	g.showMain(s)
	g.watchCheck(s, before)
	if data.ErrorCode(s.Verified(context.Background())) != data.EDamaged || g.store != nil {
		t.Fatal("the damaged data was left open")
	}
	texts := labelTexts(g.win.Content())
	if !strings.Contains(texts, "审计日志第 12 条与前一条目的链接不符") {
		t.Fatalf("no recovery screen naming the forged entry; the window shows %q", texts)
	}
	if !strings.Contains(texts, "程序没有改动这个数据文件") {
		t.Fatalf("the recovery note does not say the file is unchanged: %q", texts)
	}
}

// labelTexts joins the text of every label under o.
func labelTexts(o fyne.CanvasObject) string {
	var b strings.Builder
	var walk func(fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		switch v := o.(type) {
		case *widget.Label:
			b.WriteString(v.Text + "\n")
		case *fyne.Container:
			for _, c := range v.Objects {
				walk(c)
			}
		case fyne.Widget:
			for _, c := range test.WidgetRenderer(v).Objects() {
				walk(c)
			}
		}
	}
	walk(o)
	return b.String()
}
