package safefile

import (
	"bufio"
	"bytes"
	"io"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

const childEnv = "HUIWU_EXPORT_CHILD"

// newContent is what the child exports: 4 MB ending in a marker, so a
// complete file is recognisable and a partial one is not.
var newContent = append(bytes.Repeat([]byte("签到表"), 4<<20/9), []byte("END")...)

func TestMain(m *testing.M) {
	if path := os.Getenv(childEnv); path != "" {
		os.Stdout.WriteString("ready\n")
		for {
			_ = Write(path, func(w io.Writer) error {
				for chunk := newContent; len(chunk) > 0; {
					n := min(64<<10, len(chunk))
					if _, err := w.Write(chunk[:n]); err != nil {
						return err
					}
					chunk = chunk[n:]
					time.Sleep(time.Millisecond)
				}
				return nil
			})
		}
	}
	os.Exit(m.Run())
}

// kill -9 during an export over an existing file: the file under the final
// name is always the old one or the whole new one, never half.
func TestKillDuringExport(t *testing.T) {
	runs := 40
	if testing.Short() {
		runs = 5
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "签到表.xlsx")
	rng := rand.New(rand.NewPCG(1, uint64(time.Now().UnixNano())))
	sawNew := false
	for run := range runs {
		if err := os.WriteFile(path, []byte("old"), 0o600); err != nil {
			t.Fatal(err)
		}
		cmd := exec.Command(os.Args[0], "-test.run=^$")
		cmd.Env = append(os.Environ(), childEnv+"="+path)
		out, _ := cmd.StdoutPipe()
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		if line, _ := bufio.NewReader(out).ReadString('\n'); strings.TrimSpace(line) != "ready" {
			t.Fatalf("child said %q", line)
		}
		time.Sleep(time.Duration(rng.IntN(200)) * time.Millisecond)
		cmd.Process.Signal(syscall.SIGKILL)
		cmd.Wait()
		got, err := os.ReadFile(path)
		if err != nil {
			t.Fatalf("run %d: %v", run, err)
		}
		switch {
		case string(got) == "old":
		case bytes.Equal(got, newContent):
			sawNew = true
		default:
			t.Fatalf("run %d: half a file under the final name (%d bytes)", run, len(got))
		}
	}
	if !sawNew && !testing.Short() {
		t.Fatal("no export ever completed: the test proved nothing about renames")
	}
}
