// Package store is Huiwu's SQLite store: it opens the data folder, guards it
// against a second copy of the program, checks and migrates the database,
// and implements the data package's services, one transaction per method,
// each change recorded in the hash-chained audit log.
package store

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"os/user"
	"path/filepath"
	"sync"
	"sync/atomic"
	"time"

	_ "github.com/mattn/go-sqlite3" // the SQLite driver, registered as "sqlite3"

	"huiwu/data"
)

// ApplicationID marks a SQLite file as Huiwu's (PRAGMA application_id, 'huiw').
const ApplicationID = 1752525175

// DBName is the database file's name inside the data folder.
const DBName = "huiwu.db"

// Store is an open Huiwu database.
type Store struct {
	mu   sync.RWMutex // guards db, which Restore replaces
	db   *sql.DB
	dir  string
	path string
	lock *dirLock
	Now  func() time.Time // injected so tests fix the clock
	// Actor is who the audit log records when no secretary is named: the
	// computer's login. Once the secretary gives her name (设置, first start),
	// that name is recorded instead (actor()).
	Actor     string
	secretary atomic.Pointer[string]
	// ReadOnly is set by OpenReadOnly: the file failed its checks and is
	// shown without any write.
	ReadOnly bool
	// readURI is how a read-only store reads its file when not as
	// readOnlyURI does (immutable, from a folder it cannot write to).
	readURI string
	headsMu sync.Mutex // serialises writes of the heads file (anchors.go)
	// backup is, while a backup is verified, the backup file itself: the
	// plain copy checked may be a decompressed one elsewhere, and the
	// record that anchors it lies beside the backup.
	backup string
	// gate holds writes until the check after opening passes (verify.go);
	// verified is the head last verified, kept in the heads file.
	gate     *gate
	verified data.AuditHead
	// deferred is the check after opening while it waits to start
	// (verify_deferred.go); nil when it started with the open.
	deferred *deferredCheck
}

// nowFunc is the clock of functions that run without a Store.
var nowFunc = time.Now

// DSN returns the connection string for path. Every per-connection setting
// lives here, not in a one-off Exec, because the pool opens many connections
// and each must have them: WAL, full sync, foreign keys, a busy timeout and
// transactions that take the write lock at BEGIN (so two writers queue
// instead of failing mid-transaction).
func DSN(path string) string {
	return path + "?_journal_mode=WAL&_synchronous=FULL&_foreign_keys=1&_busy_timeout=5000&_txlock=immediate"
}

// Open locks dir, checks the database in it (creating it when absent) and
// migrates it to the current schema. A damaged, foreign, newer or locked
// database is refused with a coded error, and the file is not touched.
func Open(dir string) (*Store, error) {
	return openFolder(dir, false)
}

// openFolder is Open, the check after opening deferred when deferCheck is
// set (verify_deferred.go).
func openFolder(dir string, deferCheck bool) (*Store, error) {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, data.Wrap(data.EInternal, err, "无法创建数据文件夹 %s：%v", dir, err)
	}
	lock, err := lockDir(dir)
	if err != nil {
		return nil, err
	}
	s, err := open(dir, lock, deferCheck)
	if err != nil {
		lock.release()
		return nil, err
	}
	s.sweepTemp(context.Background())
	return s, nil
}

func open(dir string, lock *dirLock, deferCheck bool) (*Store, error) {
	path := filepath.Join(dir, DBName)
	pr, err := probe(path)
	if err != nil {
		return nil, err
	}
	version := pr.version
	if version > len(migrations) {
		pr.release(false)
		return nil, data.Errorf(data.ETooNew, "数据文件由较新版本的会务程序写入（结构版本 %d，本程序支持到 %d），请升级程序后再打开", version, len(migrations))
	}
	db, err := sql.Open("sqlite3", DSN(path))
	if err != nil {
		pr.release(false)
		return nil, fmt.Errorf("open store: %w", err)
	}
	// The first connection opens while the probe's is still open (see
	// probed.walView); one that fails to fails again below, where its
	// error is reported as before.
	pr.release(db.Ping() == nil)
	s := &Store{db: db, dir: dir, path: path, lock: lock, Now: time.Now, Actor: currentUser(), verified: pr.from}
	switch {
	case version > 0 && deferCheck && version == len(migrations):
		s.deferVerify(pr.from)
	case version > 0:
		// A migration's transactions wait at the gate like any write.
		s.startVerify(pr.from)
	}
	if err := s.migrate(version); err != nil {
		s.stopVerify()
		db.Close()
		return nil, err
	}
	if err := s.loadSecretary(context.Background()); err != nil {
		db.Close()
		return nil, err
	}
	return s, nil
}

// Close closes the database and releases the data folder.
func (s *Store) Close() error {
	// The head goes outside the file on every close (anchors.go); a failure
	// to write it loses no data and is not worth refusing the close for.
	s.cancelDeferred()
	s.stopVerify()
	if s.gate == nil || (s.gate.settled() && s.gate.err == nil) {
		_ = s.recordHead(context.Background())
	}
	if s.gate != nil {
		// A check cut short by the close settles as not passed: whoever
		// waits for it stops waiting.
		s.gate.settle(data.Errorf(data.EInternal, "数据已关闭，检查未完成"))
	}
	err := s.conn().Close()
	s.lock.release()
	if err != nil {
		return fmt.Errorf("close store: %w", err)
	}
	return nil
}

// Dir is the data folder; Path the database file.
func (s *Store) Dir() string  { return s.dir }
func (s *Store) Path() string { return s.path }

// DB exposes the pool to tests, which set up and inspect rows directly; the
// program itself reaches the data only through the store's methods.
func (s *Store) DB() *sql.DB { return s.conn().db() }

// readOnlyURI opens path read-only as a URI, escaping the characters a URI
// gives meaning to.
func readOnlyURI(path string) string {
	p := filepath.ToSlash(path)
	if filepath.VolumeName(path) != "" {
		p = "/" + p // file:///C:/… on Windows
	}
	esc := ""
	for _, r := range p {
		switch r {
		case '%', '?', '#':
			esc += fmt.Sprintf("%%%02X", r)
		default:
			esc += string(r)
		}
	}
	return "file:" + esc + "?mode=ro"
}

func currentUser() string {
	if u, err := user.Current(); err == nil && u.Username != "" {
		return u.Username
	}
	return "unknown"
}

// tx runs fn in one transaction: begin, work, commit, or roll back on any
// error. Every service method that writes goes through here.
func (s *Store) tx(ctx context.Context, fn func(*Tx) error) error {
	if err := s.writable(ctx); err != nil {
		return err
	}
	t, err := s.conn().BeginTx(ctx, nil)
	if err != nil {
		return classify(err, "开始事务")
	}
	defer t.Rollback() //nolint:errcheck // a no-op after Commit
	w := &Tx{Tx: t, ctx: ctx, now: s.Now()}
	before, err := txHead(w)
	if err != nil {
		return classify(err, "保存")
	}
	changes, err := changesSoFar(w)
	if err != nil {
		return classify(err, "开始事务")
	}
	if err := fn(w); err != nil {
		return classify(err, "保存")
	}
	if err := markIfChanged(w, changes); err != nil {
		return classify(err, "保存")
	}
	if err := flushSearch(w); err != nil {
		return classify(err, "保存")
	}
	if err := flushLedger(w, w.now.UTC().Format(time.RFC3339Nano), s.actor()); err != nil {
		return classify(err, "保存")
	}
	after, err := txHead(w)
	if err != nil {
		return classify(err, "保存")
	}
	if err := s.recordPending(before, after); err != nil {
		return classify(err, "记下审计头")
	}
	if err := t.Commit(); err != nil {
		return classify(err, "提交")
	}
	return nil
}
