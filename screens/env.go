// Package screens holds Huiwu's Fyne screens, one file per screen. Screens
// talk to data only through the service interfaces of package data: they
// never see SQL. Slow work runs off the UI goroutine through Env.Async.
package screens

import (
	"context"
	"io"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"

	"huiwu/data"
	"huiwu/export/gather"
	"huiwu/rules"
)

// Env is what every screen is given.
type Env struct {
	Window   fyne.Window
	Roster   data.RosterService
	Status   data.StatusService
	Meetings data.MeetingService
	// Documents is the register of incoming documents (公文) and their
	// countersigns.
	Documents data.DocumentService
	Backup    data.BackupService
	// Minutes is the 纪要 with their versions and sign-off (四十六).
	Minutes data.MinutesService
	// Tasks is the 督办 tasks (三十, 三十六 to 三十八).
	Tasks data.TaskService
	// Topics is the agenda topics (议题) and their seven steps (四十一).
	Topics data.TopicService
	// Desk is the 工作台's one read of what is due.
	Desk data.DeskService
	// Office is the office's names and the secretary's own (设置, the
	// first-start setup).
	Office data.OfficeService
	// Proposals, Issued and Filings are the registers of the 公文 screen's
	// other tabs: the 人大代表建议 and 政协委员提案 (三十), the documents
	// issued in the government's name (五十, 五十一) and the normative
	// documents filed by towns and departments (十九). FollowUp holds their
	// time limits and target (设置 › 跟踪时限).
	Proposals data.ProposalService
	Issued    data.IssuedService
	Filings   data.FilingService
	FollowUp  data.FollowUpService
	// LoadDemo loads the demonstration data into the empty store off the UI
	// goroutine, then calls done on it; the app sets it, nil offers no demo.
	LoadDemo func(done func(error))
	// ReadOnly is set when the data was opened read-only for recovery.
	ReadOnly bool
	// Reload rebuilds the window's screens after the data under them was
	// replaced (a restore); the app sets it.
	Reload func()
	// Async runs work off the UI goroutine and then done on it. Tests swap in
	// a synchronous runner so that they need not wait.
	Async func(work func(), done func())
	// Now is the clock the registers open on (their current year); nil is
	// the wall clock. Tests fix it so that their records, made in one year,
	// are still the current year's when they run in the next.
	Now func() time.Time
	// Busy counts a read starting (+1) and ending (-1), so the window can
	// show that it is working; the shell sets it.
	Busy func(delta int)
	// Open shows a register with one record open on it (a 工作台 line, a
	// search hit); the shell sets it. The roster's kinds only show the
	// register.
	Open func(kind data.DeskKind, id int64)
	// Shortcut offers a shortcut to the window-wide handler (Ctrl+F, Ctrl+N)
	// and tells whether it was taken; the shell sets it.
	Shortcut func(fyne.Shortcut) bool
	// Viewer opens a paper for 打印; nil is the system's viewer.
	Viewer Viewer
	// Shown, when set, is called once, on the UI goroutine, after the first
	// frame with the 工作台's read on screen has been drawn: the window is then
	// ready for work (the start-up measurement of `make bench` marks it).
	// The first 工作台 built takes it.
	Shown func()

	// workCal is the working calendar as read from the store for the date
	// fields (see workdays); workCalLoading while the read is under way.
	workCal        *rules.Calendar
	workCalLoading bool
}

// BackgroundAsync is the real Env.Async: a goroutine for the work, fyne.Do
// to return to the UI goroutine.
func BackgroundAsync(work func(), done func()) {
	go func() {
		work()
		fyne.Do(done)
	}()
}

// load runs fetch off the UI goroutine and hands its result to show, or
// shows the error.
func load[T any](env *Env, fetch func(context.Context) (T, error), show func(T)) {
	var v T
	var err error
	env.busy(1)
	env.Async(func() { v, err = fetch(context.Background()) }, func() {
		env.busy(-1)
		if err != nil {
			showError(env, err)
			return
		}
		show(v)
	})
}

func (env *Env) now() time.Time {
	if env.Now != nil {
		return env.Now()
	}
	return time.Now()
}

func (env *Env) busy(delta int) {
	if env.Busy != nil {
		env.Busy(delta)
	}
}

// act runs a write off the UI goroutine, then calls done with its error.
func act(env *Env, write func(context.Context) error, done func(error)) {
	var err error
	env.Async(func() { err = write(context.Background()) }, func() { done(err) })
}

func showError(env *Env, err error) {
	dialog.ShowInformation(lang.L("error.title"), data.ErrorMessage(err), env.Window)
}

// sources are the services the papers and workbooks read from (package
// gather builds each one the same way for the window and the command line).
func (env *Env) sources() gather.Sources {
	return gather.Sources{Meetings: env.Meetings, Topics: env.Topics, Minutes: env.Minutes, Documents: env.Documents, Tasks: env.Tasks, Status: env.Status, Office: env.Office, Now: env.now}
}

// built adapts a builder of package gather to saveAs: the paper is read
// whole when its file is written.
func built(build func(ctx context.Context) (gather.Writer, error)) func(context.Context, io.Writer) error {
	return func(ctx context.Context, w io.Writer) error {
		p, err := build(ctx)
		if err != nil {
			return err
		}
		return p(w)
	}
}
