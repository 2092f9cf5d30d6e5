//go:build !windows

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
	gobench := flag.String("gobench", "build/bench.txt", "go test -bench output")
	runs := flag.Int("runs", 5, "start-ups of each program (the median is reported)")
	flag.Parse()
	if err := run(*huiwu, *hello, *dataDir, *gobench, *runs); err != nil {
		fmt.Fprintln(os.Stderr, "bench:", err)
		os.Exit(1)
	}
}

// row is one line of the table: a figure, its same-run baseline (or the
// goal when the issue sets an absolute one) and the goal as a text.
type row struct {
	what           string
	value, base    float64
	unit, baseName string
	goal           string
	limit          float64 // the ratio value/base may not exceed
}

func run(huiwu, hello, dataDir, gobench string, runs int) error {
	var rows []row
	appStart, _, err := startups(runs, []string{"FIRSTFRAME", "READY"}, huiwu, "--data", dataDir)
	if err != nil {
		return fmt.Errorf("huiwu start-up: %w", err)
	}
	helloStart, helloRSS, err := startups(runs, []string{"FIRSTFRAME"}, hello)
	if err != nil {
		return fmt.Errorf("hello start-up: %w", err)
	}
	rows = append(rows, row{"启动至首帧（十年数据）", ms(appStart[0]), ms(helloStart[0]), "ms", "hello", "≤1.2×", 1.2},
		row{"启动至主界面画出（数据已打开）", ms(appStart[1]), ms(helloStart[0]), "ms", "hello", "—", 0})
	b, err := readGoBench(gobench)
	if err != nil {
		return err
	}
	for _, o := range []struct{ what, name string }{
		{"打开会议列表", "OpenMeetingList"}, {"打开会议页面", "OpenMeetingPage"}, {"打开督办列表（逾期在前）", "OpenTasksOverdueFirst"},
	} {
		rows = append(rows, row{o.what, b.get(o.name, "ns/op") / 1e6, 50, "ms", "目标", "<50 ms", 1})
	}
	rows = append(rows,
		row{"搜索 p50（200 次，1–6 字）", b.get("Search200", "p50-ms"), 30, "ms", "目标", "—", 0},
		row{"搜索 p95（200 次，1–6 字）", b.get("Search200", "p95-ms"), 30, "ms", "目标", "<30 ms", 1})
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
		rows = append(rows, row{o.what, b.get(o.name, "ns/op") / 1e6, b.get(o.bare, "ns/op") / 1e6, "ms", bare, "≤1.5×", 1.5})
	}
	rss, err := peakRSS(huiwu, dataDir)
	if err != nil {
		return fmt.Errorf("peak RSS: %w", err)
	}
	rows = append(rows, row{"峰值内存（十年数据，遍历各界面）", rss, helloRSS, "MB", "hello", "<250 MB", 250 / helloRSS})
	check, err := timeCheck(huiwu, dataDir)
	if err != nil {
		return fmt.Errorf("check: %w", err)
	}
	rows = append(rows, row{"huiwu check（十年数据）", check.Seconds(), 5, "s", "目标", "<5 s", 1})
	printTable(os.Stdout, rows, dataDir)
	return nil
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }

// startups starts the program runs times, each time waiting for the
// markers in order (see app/firstframe.go), and returns the median time to
// each and the largest peak RSS in MB (the process is kept 3 s after its
// first frame so that the figure includes its settled state).
func startups(runs int, markers []string, prog string, args ...string) ([]time.Duration, float64, error) {
	times := make([][]time.Duration, len(markers))
	var rss float64
	for range runs {
		cmd := exec.Command(prog, args...)
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
		for i, m := range markers {
			took, err := waitMarker(sc, m, start)
			if err != nil {
				cmd.Process.Kill()
				cmd.Wait()
				return nil, 0, err
			}
			times[i] = append(times[i], took)
		}
		time.Sleep(3 * time.Second)
		// SIGINT lets huiwu close its store as on a normal quit.
		cmd.Process.Signal(os.Interrupt)
		done := make(chan struct{})
		go func() { io.Copy(io.Discard, out); close(done) }()
		select {
		case <-done:
		case <-time.After(10 * time.Second):
			cmd.Process.Kill()
		}
		cmd.Wait()
		rss = max(rss, maxRSS(cmd))
	}
	med := make([]time.Duration, len(markers))
	for i, ts := range times {
		sort.Slice(ts, func(a, b int) bool { return ts[a] < ts[b] })
		med[i] = ts[len(ts)/2]
	}
	return med, rss, nil
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

// timeCheck runs `huiwu check` three times and returns the median.
func timeCheck(huiwu, dataDir string) (time.Duration, error) {
	var ts []time.Duration
	for range 3 {
		start := time.Now()
		cmd := exec.Command(huiwu, "--data", dataDir, "check")
		cmd.Stdout, cmd.Stderr = io.Discard, io.Discard
		if err := cmd.Run(); err != nil {
			return 0, err
		}
		ts = append(ts, time.Since(start))
	}
	sort.Slice(ts, func(i, j int) bool { return ts[i] < ts[j] })
	return ts[1], nil
}

// goBench maps a benchmark's name (without Benchmark and the -N suffix) to
// its figures by unit.
type goBench map[string]map[string]float64

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
		m := map[string]float64{}
		for i := 2; i+1 < len(fs); i += 2 {
			if v, err := strconv.ParseFloat(fs[i], 64); err == nil {
				m[fs[i+1]] = v
			}
		}
		out[name] = m
	}
	return out, sc.Err()
}

func (b goBench) get(name, unit string) float64 {
	if v, ok := b[name][unit]; ok {
		return v
	}
	return -1 // not run: shown as a gap, never as a number
}

func printTable(w io.Writer, rows []row, dataDir string) {
	fmt.Fprintf(w, "\nhuiwu bench — %s, %s\n\n", time.Now().Format("2006-01-02 15:04"), dataDir)
	fmt.Fprintf(w, "| 测量 | 数值 | 基线（同次运行） | 比值 | 目标 | 达到 |\n|---|---|---|---|---|---|\n")
	for _, r := range rows {
		if r.value < 0 {
			fmt.Fprintf(w, "| %s | 未测 | | | %s | |\n", r.what, r.goal)
			continue
		}
		ratio, met := "", ""
		if r.base > 0 {
			ratio = fmt.Sprintf("%.2f×", r.value/r.base)
		}
		if r.limit > 0 && r.base > 0 {
			met = "是"
			if r.value/r.base > r.limit {
				met = "否"
			}
		}
		fmt.Fprintf(w, "| %s | %.1f %s | %.1f %s（%s） | %s | %s | %s |\n", r.what, r.value, r.unit, r.base, r.unit, r.baseName, ratio, r.goal, met)
	}
}
