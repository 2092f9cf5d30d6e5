package store

import (
	"context"
	"encoding/hex"
	"sync"

	"huiwu/data"
)

// Opening a large data folder used to read the whole file (quick_check)
// before the first screen could show anything: most of a second on ten
// years of data. The open now runs only the cheap probe (probe.go: header,
// size, schema, the -wal, the audit head beside the last verified head), and
// the whole-file work — quick_check and the audit chain from the last
// verified head on — runs in the background right after. Reads may be served
// before it ends; no write is: every write transaction waits at the gate
// until the check has passed, and is refused if it failed (the window then
// shows the recovery screen). So nothing is still ever written to a file
// that has not been checked.

// gate holds writes until the background check settles it.
type gate struct {
	once sync.Once
	done chan struct{} // closed when settled
	err  error         // the check's failure; read after done
	mu   sync.Mutex    // guards the running check's cancel and ran
	// cancel stops the running check; ran is closed when it returns.
	cancel context.CancelFunc
	ran    chan struct{}
}

func (g *gate) settle(err error) {
	g.once.Do(func() {
		g.err = err
		close(g.done)
	})
}

// settled tells whether the gate is settled, without waiting.
func (g *gate) settled() bool {
	select {
	case <-g.done:
		return true
	default:
		return false
	}
}

// Verified waits until the check that runs after opening has ended and
// returns its failure (an EDamaged error naming the problem), nil once it
// passed. A store opened without one (read-only, or checked before opening)
// returns nil at once.
func (s *Store) Verified(ctx context.Context) error {
	g := s.gate
	if g == nil {
		return nil
	}
	select {
	case <-g.done:
		return g.err
	case <-ctx.Done():
		return ctx.Err()
	}
}

// Test seams, nil in the program: beforeVerify runs as the background check
// starts (a test holds the check there), heldWrite when a write finds the
// check still running.
var beforeVerify, heldWrite func()

// writable is the gate every write transaction passes: it waits for the
// check and refuses the write when the check failed.
func (s *Store) writable(ctx context.Context) error {
	if heldWrite != nil && s.gate != nil && !s.gate.settled() {
		heldWrite()
	}
	s.StartCheck() // a write waits for no one's first frame
	err := s.Verified(ctx)
	if err == nil {
		return nil
	}
	if data.ErrorCode(err) == data.EDamaged {
		return data.Wrap(data.EDamaged, err, "未保存：%s", data.ErrorMessage(err))
	}
	return classify(err, "保存")
}

// startVerify runs the whole-file check in the background from the head
// the probe found verified (zero: the whole chain) and settles the gate.
// The gate is made once, before the store is shared; a check cut short by
// Check runs again on the same gate.
func (s *Store) startVerify(from data.AuditHead) {
	if s.gate == nil {
		s.gate = &gate{done: make(chan struct{})}
	}
	g := s.gate
	ctx, cancel := context.WithCancel(context.Background())
	ran := make(chan struct{})
	g.mu.Lock()
	g.cancel, g.ran = cancel, ran
	g.mu.Unlock()
	go func() {
		defer close(ran)
		lowPriority()
		err := s.verifyWhole(ctx, from)
		if ctx.Err() != nil {
			return // stopped by Check or Close, which settle it themselves
		}
		g.settle(err)
	}()
}

// stopVerify ends the background check if it is still running and waits
// for it; the gate stays as it was (unsettled when the check was cut short).
func (s *Store) stopVerify() {
	g := s.gate
	if g == nil {
		return
	}
	g.mu.Lock()
	cancel, ran := g.cancel, g.ran
	g.mu.Unlock()
	if cancel != nil {
		cancel()
		<-ran
	}
}

// settleFromCheck settles the gate by a full Check that replaced the
// background one: open when SQLite's check and the chain passed. A Check
// that could not run leaves it to a new background check.
func (s *Store) settleFromCheck(r CheckReport, err error) {
	g := s.gate
	switch {
	case g == nil || g.settled():
	case err != nil:
		s.startVerify(s.verifiedHead())
	case len(r.Integrity) > 0:
		g.settle(data.Errorf(data.EDamaged, "数据文件 %s 未通过完整性检查（%s）；请从备份恢复", s.path, r.Integrity[0]))
	case !r.Audit.OK():
		g.settle(chainProblem(r.Audit))
	default:
		g.settle(nil)
	}
}

func (s *Store) verifiedHead() data.AuditHead {
	s.headsMu.Lock()
	defer s.headsMu.Unlock()
	return s.verified
}

// verifyWhole is the background check: SQLite's quick_check of every page
// and the audit chain from `from` to the head, the two on their own
// connections at once. When both pass, the head reached is recorded as
// verified beside the file, so the next start verifies only what came after.
func (s *Store) verifyWhole(ctx context.Context, from data.AuditHead) error {
	if beforeVerify != nil {
		beforeVerify()
	}
	var quickErr error
	var wg sync.WaitGroup
	wg.Go(func() {
		lowPriority()
		quickErr = s.quickCheck(ctx)
	})
	head, chainErr := s.verifyChainFrom(ctx, from)
	wg.Wait()
	if quickErr != nil {
		return quickErr
	}
	if chainErr != nil {
		return chainErr
	}
	return s.markVerified(head)
}

// quickCheck is SQLite's quick_check on a plain connection: every page of
// the file read and its b-tree structure checked. The search index's own
// check, which re-reads every text it holds, is left to Check: it was
// three quarters of the statement's time, and the index's pages are read
// and checked here as every other table's (plain_conn.go).
func (s *Store) quickCheck(ctx context.Context) error {
	db, err := s.openPlain()
	if err != nil {
		return data.Wrap(data.EInternal, err, "无法检查数据文件 %s：%v", s.path, err)
	}
	defer db.Close()
	var line string
	if err := db.QueryRowContext(ctx, "PRAGMA quick_check").Scan(&line); err != nil {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		return data.Wrap(data.EDamaged, err, "数据文件 %s 无法读取，可能已损坏（%v）；请从备份恢复", s.path, err)
	}
	if line != "ok" {
		return data.Errorf(data.EDamaged, "数据文件 %s 未通过完整性检查（%s）；请从备份恢复", s.path, line)
	}
	return nil
}

// verifyChainFrom verifies the audit chain from the verified head `from`
// (which must still be there, unchanged) to the newest entry, or the whole
// chain when from is zero, and returns the head it reached.
func (s *Store) verifyChainFrom(ctx context.Context, from data.AuditHead) (data.AuditHead, error) {
	if from.Seq > 0 {
		ok, head, err := chainsOn(ctx, s.conn(), from.Seq, from.Hash)
		if err != nil {
			return head, classify(err, "核对审计日志")
		}
		if ok {
			return head, nil
		}
		// The verified entry is gone or changed, or a later one does not
		// chain on: the whole chain says which entry is bad.
	}
	// At the lowest priority, as the rest of the background check, and
	// beside its quick_check.
	r, err := s.verifyChain(ctx, cpuSplit(1), true)
	if err != nil {
		return r.Head, err
	}
	if !r.OK() {
		return r.Head, chainProblem(r)
	}
	return r.Head, nil
}

// chainProblem is a broken chain as the error that keeps writes out.
func chainProblem(r AuditReport) error {
	return data.Errorf(data.EDamaged, "审计日志第 %d 条%s；数据文件可能在程序之外被改动，请从备份恢复", r.FirstBad, r.Problem)
}

// markVerified records head as verified in the heads file.
func (s *Store) markVerified(head data.AuditHead) error {
	if s.ReadOnly || s.dir == "" || head.Seq == 0 {
		return nil
	}
	s.headsMu.Lock()
	s.verified = head
	s.headsMu.Unlock()
	return s.writeHeads(headsRecord{Seq: head.Seq, Hash: hex.EncodeToString(head.Hash)})
}

// verifiedFrom is the head the background check may start from: the last
// verified head in the heads file when the log still holds that entry with
// that hash, zero (verify the whole chain) otherwise. q reads the file.
func verifiedFrom(q querier, dir string) data.AuditHead {
	r, ok := readHeads(dir)
	if !ok || r.VerifiedSeq == 0 {
		return data.AuditHead{}
	}
	want, err := hex.DecodeString(r.VerifiedHash)
	if err != nil {
		return data.AuditHead{}
	}
	var hash []byte
	if q.QueryRow("SELECT hash FROM audit_log WHERE seq = ?", r.VerifiedSeq).Scan(&hash) != nil || hex.EncodeToString(hash) != r.VerifiedHash {
		return data.AuditHead{}
	}
	return data.AuditHead{Seq: r.VerifiedSeq, Hash: want}
}
