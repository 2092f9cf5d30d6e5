package screens

import (
	"runtime"
	"testing"

	"fyne.io/fyne/v2"

	"huiwu/data"
)

// The benchmarks of the three registers that once held every record of the
// data (议题, 公文, 纪要): each builds the screen as the rail's click does,
// in its default 年度 scope. Besides the time per open they report
// retained-B: the heap a built screen keeps (HeapAlloc after a collection,
// with the screen alive, less the same before it was built, after a first build warmed the caches), which is what
// a visit adds to the program's memory for as long as the screen lives.

func benchOpen[S interface{ build() fyne.CanvasObject }](b *testing.B, open func(*Env) S) {
	env, _ := benchEnv(b)
	open(env).build() // a first build, dropped, warms the app's caches (fonts, translations)
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	kept := open(env)
	kept.build()
	runtime.GC()
	runtime.ReadMemStats(&after)
	runtime.KeepAlive(kept)
	cpu := startCPU()
	for b.Loop() {
		open(env).build()
	}
	cpu.report(b)
	// After the loop: b.Loop's first call resets the reported metrics.
	b.ReportMetric(float64(int64(after.HeapAlloc)-int64(before.HeapAlloc)), "retained-B")
}

// BenchmarkOpenTopicList builds the 议题 screen: the year's topics (and
// those still waiting) with what each lacks, and the year's meetings.
func BenchmarkOpenTopicList(b *testing.B) { benchOpen(b, newTopicsScreen) }

// BenchmarkOpenDocumentList builds the 公文 screen: the year's documents
// (and those still open) with the overdue countersigns of those listed.
func BenchmarkOpenDocumentList(b *testing.B) { benchOpen(b, newDocumentsScreen) }

// BenchmarkOpenMinutesList builds the 纪要 screen: the year's 纪要 and
// every one not yet signed.
func BenchmarkOpenMinutesList(b *testing.B) { benchOpen(b, newMinutesScreen) }

// BenchmarkOpenDesk builds the 工作台: this week's meetings with what each
// lacks, the countersigns due, the overdue tasks, the topics past the
// cut-off, the 纪要 waiting and the filings due — one read of what is open.
//
// The desk is opened in the 1280×800 window, as the program shows it (its
// column measures rows as far as the window reaches), and the rows out of
// view, which the program measures after the first frame, are measured
// too: the figure is all the work opening the desk takes.
func BenchmarkOpenDesk(b *testing.B) {
	env, _ := benchEnv(b)
	open := func() {
		d := newDeskScreen(env, func(data.DeskLine) {})
		env.Window.SetContent(d.build())
		d.sections.measureAll()
	}
	open() // a first opening, dropped, warms the app's caches (fonts, translations)
	cpu := startCPU()
	for b.Loop() {
		open()
	}
	cpu.report(b)
}
