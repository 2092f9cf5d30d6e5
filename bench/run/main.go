//go:build linux

// The harness reads peak memory from Unix rusage and runs under Xvfb: it is
// a Linux tool, excluded from the Windows build and vet.

// Command run is the second half of `make bench`: it times huiwu's start-up
// to the first painted frame against bench/hello, measures peak memory with
// every screen visited, times `huiwu check`, then reads the Go benchmarks'
// output and prints one table, each figure beside the baseline measured in
// the same run. It expects an X display (the Makefile runs it in xvfb-run).
package main

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
	"syscall"
	"time"
)

func main() {
	huiwu := flag.String("huiwu", "./huiwu", "the huiwu binary")
	hello := flag.String("hello", "build/hello", "the hello-world binary")
	dataDir := flag.String("data", "build/bench-data", "the data folder with the ten-year database")
	data20 := flag.String("data20", "build/bench-data-20", "the data folder with the twenty-year database")
	gobench := flag.String("gobench", "build/bench.txt", "go test -bench output on the ten years")
	gobench20 := flag.String("gobench20", "build/bench-20.txt", "go test -bench output on the twenty years")
	runs := flag.Int("runs", 9, "counted start-ups of each program, taking turns (the median is reported; five swung by a tenth between runs)")
	flag.Parse()
	if err := run(*huiwu, *hello, [2]string{*dataDir, *data20}, [2]string{*gobench, *gobench20}, *runs); err != nil {
		fmt.Fprintln(os.Stderr, "bench:", err)
		os.Exit(1)
	}
}

// row is one line of the table: a figure on ten and on twenty years of
// data (-1 where not measured), its same-run baseline (or the goal when
// the issue sets an absolute one) and the goal as a text.
type row struct {
	what           string
	value          [2]float64
	base           float64
	unit, baseName string
	goal           string
	limit          float64 // the ratio value/base may not exceed
}

// both is a row measured on both data sets against one baseline.
func both(what string, v10, v20, base float64, unit, baseName, goal string, limit float64) row {
	return row{what, [2]float64{v10, v20}, base, unit, baseName, goal, limit}
}

func run(huiwu, hello string, dataDirs, gobench [2]string, runs int) error {
	var rows []row
	// A backup first, so that every counted quit finds the data unchanged
	// since the newest backup (the uncounted first start takes the exit
	// copy of whatever its start wrote).
	for _, dir := range dataDirs {
		if err := exec.Command(huiwu, "--data", dir, "backup").Run(); err != nil {
			return fmt.Errorf("backup before the quits: %w", err)
		}
	}
	helloCmd := startCmd{markers: []string{"FIRSTFRAME"}, prog: hello}
	starts, err := startups(runs, startCmd{markers: []string{"FIRSTFRAME", "READY"}, prog: huiwu, args: []string{"--data", dataDirs[0]}},
		startCmd{markers: []string{"FIRSTFRAME", "READY"}, prog: huiwu, args: []string{"--data", dataDirs[1]}}, helloCmd)
	if err != nil {
		return err
	}
	a10, a20, h := starts[0].median, starts[1].median, starts[2]
	rows = append(rows, both("启动至首帧", ms(a10[0]), ms(a20[0]), ms(h.median[0]), "ms", "hello", "≤1.2×", 1.2),
		both("启动至主界面画出（数据已打开）", ms(a10[1]), ms(a20[1]), ms(h.median[0]), "ms", "hello", "≤1.3×", 1.3),
		both("退出（自上次备份无改动）", ms(a10[2]), ms(a20[2]), ms(h.median[1]), "ms", "hello", "≤1.2×", 1.2))
	for i, years := range []string{"十年", "二十年"} {
		window, cli, err := exitCopy(huiwu, dataDirs[i], 3)
		if err != nil {
			return fmt.Errorf("exit copy: %w", err)
		}
		rows = append(rows, row{"关闭窗口，有改动：写退出备份（" + years + "）", [2]float64{window.Seconds(), -1}, cli.Seconds(), "s", "命令行备份", "—", 0})
	}
	var b [2]goBench
	for i, path := range gobench {
		if b[i], err = readGoBench(path); err != nil {
			return err
		}
	}
	get := func(name, unit string, scale float64) (float64, float64) {
		return scaled(b[0].get(name, unit), scale), scaled(b[1].get(name, unit), scale)
	}
	open10, open20 := get("OpenDecade", "ns/op", 1e6)
	wal10, wal20 := get("OpenDecadeWithWAL", "ns/op", 1e6)
	rows = append(rows, both("打开数据文件（启动时的检查）", open10, open20, 100, "ms", "目标", "≤100 ms", 1),
		row{"打开数据文件，旁有 -wal（十年）", [2]float64{wal10, -1}, open10, "ms", "无 -wal", "≤1.1×", 1.1},
		row{"打开数据文件，旁有 -wal（二十年）", [2]float64{wal20, -1}, open20, "ms", "无 -wal", "≤1.1×", 1.1})
	rows = append(rows, backupRows(b[0])...)
	for _, o := range []struct{ what, name string }{
		{"打开会议列表", "OpenMeetingList"},
		{"打开会议页面", "OpenMeetingPage"},
		{"打开督办列表（逾期在前）", "OpenTasksOverdueFirst"},
		{"打开工作台", "OpenDesk"},
	} {
		v10, v20 := get(o.name, "ns/op", 1e6)
		rows = append(rows, both(o.what, v10, v20, 16, "ms", "目标", "≤16 ms", 1))
	}
	p50a, p50b := get("Search200", "p50-ms", 1)
	p95a, p95b := get("Search200", "p95-ms", 1)
	rows = append(rows, both("搜索 p50（200 次，1–6 字，各类记录）", p50a, p50b, 10, "ms", "目标", "—", 0),
		both("搜索 p95（200 次，1–6 字，各类记录）", p95a, p95b, 10, "ms", "目标", "≤10 ms", 1))
	for _, o := range []struct{ what, name, bare string }{
		{"签到表（120 人）", "SignIn120", "BareSignIn120"},
		{"出勤统计（十年数据中的一年）", "StatsDecadeYear", "BareStatsDecadeYear"},
		{"督办台账（全部事项）", "TaskLedgerAll", "BareTaskLedgerAll"},
		{"纪要 PDF（20 页）", "Minutes20Pages", "BareFpdfMultiCell20Pages"},
	} {
		bare := "excelize StreamWriter"
		if strings.Contains(o.bare, "Fpdf") {
			bare = "fpdf"
		}
		rows = append(rows, row{o.what, [2]float64{b[0].get(o.name, "ns/op") / 1e6, -1}, b[0].get(o.bare, "ns/op") / 1e6, "ms", bare, "≤1.2×", 1.2}) // issue 19: within 1.2× of the bare library
	}
	var rss, check [2]float64
	for i, dir := range dataDirs {
		if rss[i], err = peakRSS(huiwu, dir); err != nil {
			return fmt.Errorf("peak RSS: %w", err)
		}
		t, err := timeCheck(huiwu, dir)
		if err != nil {
			return fmt.Errorf("check: %w", err)
		}
		check[i] = t.Seconds()
	}
	rows = append(rows, both("峰值内存（遍历各界面）", rss[0], rss[1], h.rss, "MB", "hello", "≤1.3×", 1.3),
		both("huiwu check（完整检查）", check[0], check[1], 2, "s", "目标", "≤2 s", 1))
	printTable(os.Stdout, rows, dataDirs)
	return nil
}

// scaled is v/by, keeping -1 (not measured) as it is.
func scaled(v, by float64) float64 {
	if v < 0 {
		return v
	}
	return v / by
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }

// backupRows read the backup benchmarks: one backup of the ten-year data
// into an empty folder, and one into a folder holding a copy already (the
// daily and the exit copy), each against VACUUM INTO of the same file (the
// last release's backup), and the disk the backup folder takes after a
// simulated year of daily use under the default policy (data/store
// BenchmarkBackupYear), against the database's size at the year's end.
func backupRows(b goBench) []row {
	copies := b.get("BackupYear", "copies")
	one := func(what string, v, base float64, unit, baseName, goal string, limit float64) row {
		return row{what, [2]float64{v, -1}, base, unit, baseName, goal, limit}
	}
	return []row{
		one("一次备份耗时（十年数据，分块压缩并读回校验）", b.get("BackupDecade", "ns/op")/1e9, b.get("VacuumIntoDecade", "ns/op")/1e9, "s", "VACUUM INTO", "—", 0),
		one("再次备份耗时（十年数据，已有一份：每日与退出时的备份）", b.get("BackupAgainDecade", "ns/op")/1e9, b.get("VacuumIntoDecade", "ns/op")/1e9, "s", "VACUUM INTO", "—", 0),
		one("一次备份大小（十年数据）", b.get("BackupDecade", "size-MB"), b.get("VacuumIntoDecade", "size-MB"), "MB", "VACUUM INTO", "—", 0),
		one(fmt.Sprintf("默认保留策略一年后占用（%.0f 份）", copies), b.get("BackupYear", "disk-MB"), b.get("BackupYear", "db-MB"), "MB", "数据文件", "<3×", 3),
	}
}

// startCmd is a program whose start-up is timed: it prints markers, in
// order, on stdout (see app/firstframe.go).
type startCmd struct {
	markers []string
	prog    string
	args    []string
}

// started is what startups found of one program: the median time to each
// of its markers, then of its quit, and its largest peak RSS in MB.
type started struct {
	median []time.Duration
	rss    float64
}

// startups starts each program runs times, taking turns (huiwu, hello,
// huiwu, hello …) so that a burst of load from elsewhere on the machine
// falls on both sides alike, after one start of each that is not counted
// (it reads the binaries into the page cache, as any start but the first
// after boot finds them).
func startups(runs int, cmds ...startCmd) ([]started, error) {
	times := make([][][]time.Duration, len(cmds))
	out := make([]started, len(cmds))
	for round := -1; round < runs; round++ {
		for i, c := range cmds {
			took, rss, err := startOnce(c)
			if err != nil {
				return nil, fmt.Errorf("%s start-up: %w", filepath.Base(c.prog), err)
			}
			out[i].rss = max(out[i].rss, rss)
			if round < 0 {
				continue
			}
			if times[i] == nil {
				times[i] = make([][]time.Duration, len(c.markers)+1) // and the quit
			}
			for m, t := range took {
				times[i][m] = append(times[i][m], t)
			}
		}
	}
	for i, ts := range times {
		for _, t := range ts {
			sort.Slice(t, func(a, b int) bool { return t[a] < t[b] })
			out[i].median = append(out[i].median, t[len(t)/2])
		}
	}
	return out, nil
}

// startOnce starts c, waits for each of its markers, keeps it 3 s more so
// that its peak RSS includes its settled state, quits it, and returns the
// time to each marker, then the quit's, and that peak in MB.
func startOnce(c startCmd) ([]time.Duration, float64, error) {
	cmd := exec.Command(c.prog, c.args...)
	cmd.Env = append(os.Environ(), "HUIWU_FIRST_FRAME=1")
	out, err := cmd.StdoutPipe()
	if err != nil {
		return nil, 0, err
	}
	start := time.Now()
	if err := cmd.Start(); err != nil {
		return nil, 0, err
	}
	sc := bufio.NewScanner(out)
	var took []time.Duration
	for _, m := range c.markers {
		t, err := waitMarker(sc, m, start)
		if err != nil {
			cmd.Process.Kill()
			cmd.Wait()
			return nil, 0, err
		}
		took = append(took, t)
	}
	time.Sleep(3 * time.Second)
	// SIGINT lets huiwu close its store as on a normal quit; the time from
	// it to the process's end is the quit's. Two minutes allow an exit
	// backup of the ten-year data (the uncounted first start may take one).
	quit := time.Now()
	cmd.Process.Signal(os.Interrupt)
	waitEnd(cmd, out, 2*time.Minute)
	return append(took, time.Since(quit)), maxRSS(cmd), nil
}

// waitEnd reads out until the program ends, and kills it after limit; it
// tells whether the program ended by itself.
func waitEnd(cmd *exec.Cmd, out io.Reader, limit time.Duration) bool {
	done := make(chan struct{})
	go func() { io.Copy(io.Discard, out); close(done) }()
	ended := true
	select {
	case <-done:
	case <-time.After(limit):
		cmd.Process.Kill()
		ended = false
	}
	cmd.Wait()
	return ended
}

func waitMarker(sc *bufio.Scanner, marker string, start time.Time) (time.Duration, error) {
	for sc.Scan() {
		if strings.TrimSpace(sc.Text()) == marker {
			return time.Since(start), nil
		}
	}
	return 0, fmt.Errorf("no %s marker (no display?)", marker)
}

// maxRSS is the child's peak resident set in MB, from the kernel's rusage
// (what /usr/bin/time -v prints as "Maximum resident set size").
func maxRSS(cmd *exec.Cmd) float64 {
	if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
		return float64(ru.Maxrss) / 1024
	}
	return 0
}

// peakRSS runs huiwu's screenshot mode, which shows every scene of the real
// window in turn and quits (app/gui.go takeScreenshots), and returns its
// peak RSS in MB. No picture is taken: the marker lines are only read.
func peakRSS(huiwu, dataDir string) (float64, error) {
	tmp, err := os.MkdirTemp("", "huiwu-bench-shots")
	if err != nil {
		return 0, err
	}
	defer os.RemoveAll(tmp)
	cmd := exec.Command(huiwu, "--data", dataDir)
	cmd.Env = append(os.Environ(), "HUIWU_SCREENSHOTS="+filepath.Join(tmp, "shots"))
	cmd.Stdout, cmd.Stderr = io.Discard, io.Discard
	if err := cmd.Run(); err != nil {
		return 0, err
	}
	return maxRSS(cmd), nil
}

// timeCheck runs `huiwu check` three times after one run that is not
// counted, and returns the median. The uncounted run reads the file into
// the page cache, as the start-ups' uncounted start reads the binaries: the
// machine pages out what has not been read for a minute, and the tours
// before the check leave the data cold (a cold first run took 2.5 s where
// the warm ones took 1.8).
func timeCheck(huiwu, dataDir string) (time.Duration, error) {
	var ts []time.Duration
	for round := range 4 {
		start := time.Now()
		cmd := exec.Command(huiwu, "--data", dataDir, "check")
		cmd.Stdout, cmd.Stderr = io.Discard, io.Discard
		if err := cmd.Run(); err != nil {
			return 0, err
		}
		if round > 0 {
			ts = append(ts, time.Since(start))
		}
	}
	sort.Slice(ts, func(i, j int) bool { return ts[i] < ts[j] })
	return ts[1], nil
}

// goBench maps a benchmark's name (without Benchmark and the -N suffix) to
// its figures by unit, one per run of it (make bench runs each package's
// benchmarks BENCH_COUNT times in turn).
type goBench map[string]map[string][]float64

func readGoBench(path string) (goBench, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	out := goBench{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fs := strings.Fields(sc.Text())
		if len(fs) < 4 || !strings.HasPrefix(fs[0], "Benchmark") {
			continue
		}
		name := strings.TrimPrefix(fs[0], "Benchmark")
		if i := strings.LastIndex(name, "-"); i > 0 {
			name = name[:i]
		}
		if out[name] == nil {
			out[name] = map[string][]float64{}
		}
		for i := 2; i+1 < len(fs); i += 2 {
			if v, err := strconv.ParseFloat(fs[i], 64); err == nil {
				out[name][fs[i+1]] = append(out[name][fs[i+1]], v)
			}
		}
	}
	return out, sc.Err()
}

// get is the median of a benchmark's runs in unit: one run of a 13 ms paper
// swung by a fifth either way on these machines.
func (b goBench) get(name, unit string) float64 {
	vs := slices.Clone(b[name][unit])
	if len(vs) == 0 {
		return -1 // not run: shown as a gap, never as a number
	}
	slices.Sort(vs)
	return vs[len(vs)/2]
}

// printTable prints the rows with the ten- and twenty-year figures side by
// side, each ratio to the baseline and whether both meet the goal.
func printTable(w io.Writer, rows []row, dataDirs [2]string) {
	fmt.Fprintf(w, "\nhuiwu bench — %s, %s, %s\n\n", time.Now().Format("2006-01-02 15:04"), dataDirs[0], dataDirs[1])
	fmt.Fprintf(w, "| 测量 | 十年 | 二十年 | 基线（同次运行） | 比值（十年 / 二十年） | 目标 | 达到 |\n|---|---|---|---|---|---|---|\n")
	for _, r := range rows {
		var cells, ratios [2]string
		met := ""
		for i, v := range r.value {
			switch {
			case v < 0 && i == 1:
				cells[i], ratios[i] = "—", "—"
				continue
			case v < 0:
				cells[i] = "未测"
				continue
			}
			cells[i] = fmt.Sprintf("%.1f %s", v, r.unit)
			if r.base > 0 {
				ratios[i] = fmt.Sprintf("%.2f×", v/r.base)
			}
			if r.limit > 0 && r.base > 0 {
				switch {
				case v/r.base > r.limit:
					met = "否"
				case met == "":
					met = "是"
				}
			}
		}
		base := ""
		if r.base > 0 {
			base = fmt.Sprintf("%.1f %s（%s）", r.base, r.unit, r.baseName)
		}
		fmt.Fprintf(w, "| %s | %s | %s | %s | %s / %s | %s | %s |\n", r.what, cells[0], cells[1], base, ratios[0], ratios[1], r.goal, met)
	}
}
