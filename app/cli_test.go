package app

import (
	"bytes"
	"database/sql"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"huiwu/data/store"
)

var testMeta = Meta{ID: "cn.gov.liyang.huiwu", Name: "会务", Version: "0.1.0", Build: "1"}

// huiwu runs the command line and returns its exit status, stdout and stderr.
func huiwu(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := Main(args, testMeta, &out, &errb)
	return code, out.String(), errb.String()
}

func TestDemoCheckAndAuditVerify(t *testing.T) {
	dir := t.TempDir()
	if code, out, errs := huiwu(t, "--data", dir, "demo"); code != 0 || !strings.Contains(out, "已载入演示数据") {
		t.Fatalf("demo: %d %q %q", code, out, errs)
	}
	code, out, _ := huiwu(t, "--data", dir, "check")
	if code != 0 || !strings.Contains(out, "完整性检查：通过") || !strings.Contains(out, "审计日志：通过") {
		t.Fatalf("check: %d %q", code, out)
	}
	code, out, _ = huiwu(t, "--data", dir, "audit", "verify")
	if code != 0 || !strings.Contains(out, "审计头 ") {
		t.Fatalf("audit verify: %d %q", code, out)
	}
	head := out[strings.LastIndex(out, "审计头 ")+len("审计头 "):]
	head = strings.Fields(head)[0]
	if code, out, errs := huiwu(t, "--data", dir, "audit", "verify", "--head", head); code != 0 {
		t.Fatalf("verify --head %s: %d %q %q", head, code, out, errs)
	}
	if code, _, _ := huiwu(t, "--data", dir, "demo"); code != exitInput {
		t.Fatalf("second demo load exited %d, want %d", code, exitInput)
	}
}

// Editing an audit row behind the program's back (triggers dropped, as with
// the sqlite3 shell) makes check fail and name the entry.
func TestCheckNamesTamperedAuditEntry(t *testing.T) {
	dir := t.TempDir()
	huiwu(t, "--data", dir, "demo")
	db, err := sql.Open("sqlite3", filepath.Join(dir, store.DBName))
	if err != nil {
		t.Fatal(err)
	}
	_, err = db.Exec("DROP TRIGGER audit_log_no_update; UPDATE audit_log SET actor = 'mallory' WHERE seq = 12")
	db.Close()
	if err != nil {
		t.Fatal(err)
	}
	code, out, errs := huiwu(t, "--data", dir, "check")
	if code != 1 || !strings.Contains(out, "第 12 条") || !strings.Contains(errs, "[damaged]") {
		t.Fatalf("check after tampering: %d %q %q", code, out, errs)
	}
}

// A record changed behind the program's back (UPDATE with the sqlite3
// shell) no longer matches the ledger: check and audit verify both fail and
// name the row (issue 18 item 2; before the ledger both passed).
func TestCheckNamesRowChangedOutsideTheProgram(t *testing.T) {
	dir := t.TempDir()
	huiwu(t, "--data", dir, "demo")
	db, err := sql.Open("sqlite3", filepath.Join(dir, store.DBName))
	if err != nil {
		t.Fatal(err)
	}
	_, err = db.Exec("UPDATE units SET name = '伪造的单位' WHERE id = 2; DELETE FROM ledger_dirty")
	db.Close()
	if err != nil {
		t.Fatal(err)
	}
	for _, cmd := range [][]string{{"check"}, {"audit", "verify"}} {
		code, out, errs := huiwu(t, append([]string{"--data", dir}, cmd...)...)
		if code != 1 || !strings.Contains(out, "表 units 第 2 行与审计日志第") || !strings.Contains(errs, "[damaged]") {
			t.Fatalf("%s after an UPDATE: %d %q %q", cmd[0], code, out, errs)
		}
	}
}

func TestUsageErrorsExitTwo(t *testing.T) {
	for _, args := range [][]string{{"bogus"}, {"--nope"}, {"audit"}, {"pdf"}, {"demo", "--seed", "x"}} {
		t.Run(strings.Join(args, " "), func(t *testing.T) {
			code, _, errs := huiwu(t, append([]string{"--data", t.TempDir()}, args...)...)
			if code != 2 || !strings.Contains(errs, "用法") {
				t.Fatalf("exit %d, stderr %q", code, errs)
			}
		})
	}
}

func TestLockedFolderIsAnErrorWithItsCode(t *testing.T) {
	dir := t.TempDir()
	s, err := store.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	code, _, errs := huiwu(t, "--data", dir, "check")
	if code != 1 || !strings.Contains(errs, "另一个会务程序") || !strings.Contains(errs, "[locked]") {
		t.Fatalf("exit %d, stderr %q", code, errs)
	}
}

func TestVersionDoesNotCreateADatabase(t *testing.T) {
	dir := t.TempDir()
	code, out, _ := huiwu(t, "--data", dir, "version")
	if code != 0 || !strings.HasPrefix(out, "会务 0.1.0") || !strings.Contains(out, "尚未创建") {
		t.Fatalf("version: %d %q", code, out)
	}
	if _, err := os.Stat(filepath.Join(dir, store.DBName)); err == nil {
		t.Fatal("version created a database")
	}
}

func TestDataFolderFromEnvironment(t *testing.T) {
	dir := t.TempDir()
	t.Setenv("HUIWU_DATA", dir)
	if code, _, errs := huiwu(t, "demo"); code != 0 {
		t.Fatalf("demo with HUIWU_DATA: %d %q", code, errs)
	}
	if _, err := os.Stat(filepath.Join(dir, store.DBName)); err != nil {
		t.Fatal("HUIWU_DATA not used")
	}
}

func TestParseMetaReadsFyneAppToml(t *testing.T) {
	b, err := os.ReadFile("../FyneApp.toml")
	if err != nil {
		t.Fatal(err)
	}
	m := ParseMeta(b)
	if m.ID == "" || m.Name != "会务" || m.Version == "" || m.Build == "" {
		t.Fatalf("meta %+v", m)
	}
}
