package app

import (
	"context"
	"time"

	"fyne.io/fyne/v2"

	"huiwu/data/store"
)

// lapseCheck applies the last sentence of clause 四十八 in the background:
// on start and then hourly, every countersigning unit still silent on the
// first working day after its deadline is recorded as 视为无不同意见 (each
// record in the audit log), until stop closes. The store's clock decides
// the day, so tests inject it there.
func lapseCheck(s *store.Store, stop <-chan struct{}, every time.Duration) {
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		if _, err := s.LapseOverdue(context.Background()); err != nil {
			fyne.LogError("countersign lapse check", err)
		}
		select {
		case <-stop:
			return
		case <-t.C:
		}
	}
}
