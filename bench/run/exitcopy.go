//go:build linux

package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"time"
)

// exitCopy times what a secretary waits for when she closes the window
// after a change: from the close button to the program's end, with the
// exit copy written under 「正在备份」 in between, against the same copy
// taken by `huiwu backup` from the command line. It works on a copy of the
// data folder (the kept data sets stay as generated), whose backup folder
// is given a first copy before anything is counted, so that each counted
// one stores only what changed, as every exit but the first does. Each
// round changes a setting first (`settings followup`), then closes the
// window; then changes it again and takes the copy from the command line.
// The medians of `rounds` rounds.
func exitCopy(huiwu, dataDir string, rounds int) (window, cli time.Duration, err error) {
	tmp, err := os.MkdirTemp("", "huiwu-bench-exit")
	if err != nil {
		return 0, 0, err
	}
	defer os.RemoveAll(tmp)
	dir := filepath.Join(tmp, "data")
	if err := os.Mkdir(dir, 0o700); err != nil {
		return 0, 0, err
	}
	if err := copyFile(filepath.Join(dataDir, "huiwu.db"), filepath.Join(dir, "huiwu.db")); err != nil {
		return 0, 0, err
	}
	if err := exec.Command(huiwu, "--data", dir, "backup").Run(); err != nil {
		return 0, 0, fmt.Errorf("first backup: %w", err)
	}
	days := 60
	change := func() error {
		days++ // each round writes a value the setting did not hold
		return exec.Command(huiwu, "--data", dir, "settings", "followup", "--npc-days", strconv.Itoa(days)).Run()
	}
	var ws, cs []time.Duration
	for range rounds {
		if err := change(); err != nil {
			return 0, 0, fmt.Errorf("change a setting: %w", err)
		}
		w, err := closeAfterChange(huiwu, dir)
		if err != nil {
			return 0, 0, err
		}
		if err := change(); err != nil {
			return 0, 0, fmt.Errorf("change a setting: %w", err)
		}
		start := time.Now()
		if err := exec.Command(huiwu, "--data", dir, "backup").Run(); err != nil {
			return 0, 0, fmt.Errorf("backup: %w", err)
		}
		ws, cs = append(ws, w), append(cs, time.Since(start))
	}
	return median(ws), median(cs), nil
}

// closeAfterChange starts huiwu on dir, waits for its desk (READY) and
// three seconds more, as startOnce does, presses the close button and
// returns the time from the press to the program's end.
func closeAfterChange(huiwu, dir string) (time.Duration, error) {
	cmd := exec.Command(huiwu, "--data", dir)
	cmd.Env = append(os.Environ(), "HUIWU_FIRST_FRAME=1")
	out, err := cmd.StdoutPipe()
	if err != nil {
		return 0, err
	}
	if err := cmd.Start(); err != nil {
		return 0, err
	}
	sc := bufio.NewScanner(out)
	if _, err := waitMarker(sc, "READY", time.Now()); err != nil {
		cmd.Process.Kill()
		cmd.Wait()
		return 0, err
	}
	time.Sleep(3 * time.Second)
	pressed := time.Now()
	if err := closeWindows(cmd.Process.Pid); err != nil {
		cmd.Process.Kill()
		cmd.Wait()
		return 0, err
	}
	if !waitEnd(cmd, out, 2*time.Minute) {
		return 0, fmt.Errorf("the window did not close within two minutes")
	}
	return time.Since(pressed), nil
}

func median(ts []time.Duration) time.Duration {
	sort.Slice(ts, func(i, j int) bool { return ts[i] < ts[j] })
	return ts[len(ts)/2]
}

func copyFile(from, to string) error {
	in, err := os.Open(from)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.Create(to)
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return err
	}
	return out.Close()
}
