package store

import (
	"bufio"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"strings"
	"syscall"
	"testing"
	"time"

	"huiwu/data"
)

// crashChildEnv names the data folder a re-executed test binary writes into
// until it is killed.
const crashChildEnv = "HUIWU_CRASH_CHILD"

func TestMain(m *testing.M) {
	if dir := os.Getenv(crashChildEnv); dir != "" {
		crashChild(dir)
		return
	}
	if dir := os.Getenv(backupChildEnv); dir != "" {
		backupChild(dir)
		return
	}
	os.Exit(m.Run())
}

// crashChild writes people, each with two roles and an audit entry in one
// transaction, as fast as it can, until it is killed.
func crashChild(dir string) {
	s, err := Open(dir)
	if err != nil {
		fmt.Println("open:", err)
		os.Exit(3)
	}
	fmt.Println("ready")
	for i := 0; ; i++ {
		p := data.Person{Name: "测" + han(os.Getpid()) + "之" + han(i), Post: strings.Repeat("职", i%50), Roles: []data.Role{data.RoleStaff, data.RoleCitizenRep}, Active: true}
		if _, err := s.SavePerson(ctxBackground(), p); err != nil {
			fmt.Println("save:", err)
			os.Exit(4)
		}
	}
}

// kill -9 in the middle of write transactions, many times: the database
// always opens, passes quick_check and the audit chain, and each transaction
// is all there or absent (a person never without its roles or its entry).
func TestKillDuringWrites(t *testing.T) {
	runs := 200
	if testing.Short() {
		runs = 20
	}
	dir := t.TempDir()
	rng := rand.New(rand.NewPCG(42, uint64(time.Now().UnixNano())))
	for run := range runs {
		// Kill anywhere in the first 150 ms: before, during and between commits.
		killChild(t, run, crashChildEnv+"="+dir, time.Duration(rng.IntN(150_000))*time.Microsecond)
		checkAfterCrash(t, dir, run)
	}
	s, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	var people int
	s.db.QueryRow("SELECT count(*) FROM people").Scan(&people)
	if people == 0 {
		t.Fatal("the children committed nothing: the test proved nothing")
	}
	t.Logf("%d kills; %d transactions survived whole", runs, people)
}

func checkAfterCrash(t *testing.T, dir string, run int) {
	t.Helper()
	s, err := Open(dir)
	if err != nil {
		t.Fatalf("run %d: database does not open after kill -9: %v", run, err)
	}
	defer s.Close()
	r, err := s.Check(ctxBackground())
	if err != nil || !r.OK() {
		t.Fatalf("run %d: checks after kill -9: %+v %v", run, r, err)
	}
	var people, withoutRoles, entries int
	s.db.QueryRow("SELECT count(*) FROM people").Scan(&people)
	s.db.QueryRow("SELECT count(*) FROM people p WHERE (SELECT count(*) FROM person_roles r WHERE r.person_id = p.id) <> 2").Scan(&withoutRoles)
	s.db.QueryRow("SELECT count(*) FROM audit_log WHERE action = 'person.create'").Scan(&entries)
	if withoutRoles != 0 || entries != people {
		t.Fatalf("run %d: half a transaction: %d people, %d without both roles, %d audit entries", run, people, withoutRoles, entries)
	}
}

// killChild re-executes the test binary with env set, waits for its
// "ready", lets it run for after and kills it with SIGKILL.
func killChild(t *testing.T, run int, env string, after time.Duration) {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), env)
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	line, _ := bufio.NewReader(out).ReadString('\n')
	if strings.TrimSpace(line) != "ready" {
		cmd.Process.Kill()
		cmd.Wait()
		t.Fatalf("run %d: child said %q", run, line)
	}
	time.Sleep(after)
	cmd.Process.Signal(syscall.SIGKILL)
	cmd.Wait()
	if cmd.ProcessState.Exited() {
		t.Fatalf("run %d: the child stopped by itself (status %d) instead of being killed", run, cmd.ProcessState.ExitCode())
	}
}

// han writes n in Chinese numerals: person names may not contain digits.
func han(n int) string {
	digits := []rune("〇一二三四五六七八九")
	var out []rune
	for _, c := range fmt.Sprint(n) {
		out = append(out, digits[c-'0'])
	}
	return string(out)
}
