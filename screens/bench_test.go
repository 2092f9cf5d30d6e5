package screens

import (
	"context"
	"math/rand/v2"
	"os"
	"sort"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"huiwu/data/store"
	"huiwu/translation"
)

// The benchmarks of `make bench` (none runs in `make test`: each skips
// without HUIWU_BENCH_DATA, the data folder `huiwu demo --years 10` wrote).
// Each runs what the user's click runs: the screen's own load — the service
// calls and the list model — with Async made synchronous so that the time is
// the work's, not a goroutine hop's.

func benchEnv(b *testing.B) (*Env, *store.Store) {
	b.Helper()
	dir := os.Getenv("HUIWU_BENCH_DATA")
	if dir == "" {
		b.Skip("HUIWU_BENCH_DATA is not set (make bench sets it)")
	}
	test.NewTempApp(b)
	if err := translation.Load(); err != nil {
		b.Fatal(err)
	}
	s, err := store.Open(dir)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { s.Close() })
	// The whole-file check after opening runs in the background; it ends
	// before the timing starts, so as not to share the cores with it.
	if err := s.Verified(context.Background()); err != nil {
		b.Fatal(err)
	}
	return storeEnv(b, s, fyne.NewSize(1280, 800)), s
}

// BenchmarkOpenMeetingList builds the 会议 screen as the rail's click does:
// the filter bar, the load of the current year's meetings, roster and plan,
// and the list model.
func BenchmarkOpenMeetingList(b *testing.B) {
	env, _ := benchEnv(b)
	cpu := startCPU()
	for b.Loop() {
		newMeetingsScreen(env).build()
	}
	cpu.report(b)
}

// BenchmarkOpenMeetingPage opens the busiest meeting of the data (the most
// participants) from the list, as a double click does. The screen is the
// window's content, so that the page is laid out at a window's size as on
// screen: off a window it is laid out at no size at all, where its tab bar
// tries every count of tabs and still finds none fits, and where a page
// only laid out, not refreshed, would make no widget at all.
func BenchmarkOpenMeetingPage(b *testing.B) {
	env, s := benchEnv(b)
	var id int64
	if err := s.DB().QueryRow("SELECT meeting_id FROM participants GROUP BY meeting_id ORDER BY count(*) DESC, meeting_id DESC LIMIT 1").Scan(&id); err != nil {
		b.Fatal(err)
	}
	ms := newMeetingsScreen(env)
	env.Window.SetContent(ms.build())
	cpu := startCPU()
	for b.Loop() {
		ms.open(id)
	}
	cpu.report(b)
}

// BenchmarkOpenTasksOverdueFirst builds the 督办 screen as the rail's click
// does, on its default scope 「未办结及本年办结」: every task not done, of
// any year, and those closed since 1 January of the store's year, overdue
// first, with the units and leaders its filters offer. (The signed 纪要 are
// read only when the task form opens.)
func BenchmarkOpenTasksOverdueFirst(b *testing.B) {
	env, _ := benchEnv(b)
	var ts *tasksScreen
	cpu := startCPU()
	for b.Loop() {
		ts = newTasksScreen(env)
		ts.build()
	}
	cpu.report(b)
	b.ReportMetric(float64(len(ts.list.all)), "tasks")
}

// searchText is what the search queries are cut from: wording of the kind
// the 纪要, tasks, topics, documents and roster hold, so that most queries
// hit and some do not.
const searchText = "会议听取了住建局关于老旧小区改造工作方案的汇报。会议原则同意财政局提出的市级财政预算执行专项资金安排。" +
	"会议要求，农业农村局要会同相关部门抓紧完善高标准农田建设实施意见，按程序报批。关于营商环境优化的落实。" +
	"会议强调，应急局要把安全生产作为今年的重点工作，明确时间表和责任人。天目湖景区提升三年行动计划。" +
	"关于城市管理精细化专项资金安排的请示。2027年市级财政预算草案。副市长、办公室主任。"

// BenchmarkSearch200 runs 200 searches of 1 to 6 characters through the
// search dialog (the store's Search over every kind of record, and the hit
// list) and reports the median and 95th percentile of one search.
func BenchmarkSearch200(b *testing.B) {
	env, _ := benchEnv(b)
	ms := newMinutesScreen(env)
	ms.build()
	d := ms.showSearch()
	rs := []rune(searchText)
	r := rand.New(rand.NewPCG(9, 9))
	queries := make([]string, 200)
	for i := range queries {
		n := 1 + i%6
		at := r.IntN(len(rs) - n)
		queries[i] = string(rs[at : at+n])
	}
	var took []time.Duration
	cpu := startCPU()
	for b.Loop() {
		took = took[:0]
		for _, q := range queries {
			start := time.Now()
			d.query.SetText(q)
			d.run()
			took = append(took, time.Since(start))
		}
	}
	cpu.report(b)
	sort.Slice(took, func(i, j int) bool { return took[i] < took[j] })
	pct := func(p int) float64 { return float64(took[len(took)*p/100].Microseconds()) / 1000 }
	b.ReportMetric(pct(50), "p50-ms")
	b.ReportMetric(pct(95), "p95-ms")
	b.ReportMetric(float64(len(d.hits)), "last-hits")
}
