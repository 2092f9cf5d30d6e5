package main

import (
	"bufio"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// The build tags of every go command in the Makefile: the layering is
// checked on the packages as they are built.
const buildTags = "sqlite_fts5 sqlite_omit_load_extension no_emoji"

// imports lists every package of the module with its direct imports, or
// with every dependency when deps is set. The test fails, never skips,
// when go list cannot run: a guard that stays silent guards nothing.
func imports(t *testing.T, deps bool) map[string][]string {
	t.Helper()
	field := "Imports"
	if deps {
		field = "Deps"
	}
	out, err := exec.Command("go", "list", "-tags", buildTags, "-f", `{{.ImportPath}} {{join .`+field+` " "}}`, "./...").Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	pkgs := map[string][]string{}
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		f := strings.Fields(line)
		pkgs[f[0]] = f[1:]
	}
	if len(pkgs) < 10 {
		t.Fatalf("go list found only %d packages", len(pkgs))
	}
	return pkgs
}

// Dependencies point inward (docs/architecture.md): SQL in the store only,
// Fyne in the window's packages only, the rules over the domain types alone.
func TestLayering(t *testing.T) {
	isSQL := func(p string) bool { return p == "database/sql" || strings.HasPrefix(p, "github.com/mattn/go-sqlite3") }
	isFyne := func(p string) bool { return strings.HasPrefix(p, "fyne.io/") }
	project := func(p string) bool { return p == "huiwu" || strings.HasPrefix(p, "huiwu/") }
	under := func(p string, roots ...string) bool {
		for _, r := range roots {
			if p == r || strings.HasPrefix(p, r+"/") {
				return true
			}
		}
		return false
	}
	for pkg, imps := range imports(t, false) {
		for _, imp := range imps {
			switch {
			case isSQL(imp) && pkg != "huiwu/data/store":
				t.Errorf("%s imports %s: SQL belongs to huiwu/data/store", pkg, imp)
			case isFyne(imp) && !under(pkg, "huiwu/screens", "huiwu/app", "huiwu/translation", "huiwu/icons", "huiwu/bench"):
				t.Errorf("%s imports %s: Fyne belongs to screens, app, translation, icons and bench", pkg, imp)
			case pkg == "huiwu/rules" && project(imp) && imp != "huiwu/data":
				t.Errorf("rules imports %s: the rules read the domain types of huiwu/data and nothing else of the project", imp)
			case pkg == "huiwu/data" && project(imp):
				t.Errorf("data imports %s: the domain types depend on no other package of the project", imp)
			case under(pkg, "huiwu/export", "huiwu/rules", "huiwu/data") && under(imp, "huiwu/screens", "huiwu/app"):
				t.Errorf("%s imports %s: only app wires the window", pkg, imp)
			}
		}
	}
	for _, dep := range imports(t, true)["huiwu/screens"] {
		if isSQL(dep) || dep == "huiwu/data/store" {
			t.Errorf("screens depends on %s: screens reach the data through the services of huiwu/data", dep)
		}
	}
}

// A refusal under the work rules is made in rules and nowhere else: no
// other package builds a data.RuleError, and the store raises no error that
// cites a clause (第…条): that would be a work rule decided in the store.

func TestRefusalsAreMadeInRules(t *testing.T) {
	build := regexp.MustCompile(`data\.RuleError\{`)
	cites := regexp.MustCompile(`(Errorf|Wrap|Message:|errors\.New|fmt\.Errorf).*第[一二三四五六七八九十]+条`)
	err := filepath.WalkDir(".", func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (path == "rules" || path == "build" || path == "dist" || strings.HasPrefix(d.Name(), ".")) && path != "." {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") || path == filepath.Join("data", "rule_error.go") {
			return nil
		}
		f, err := os.Open(path)
		if err != nil {
			return err
		}
		defer f.Close()
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 1<<20), 1<<20)
		for n := 1; sc.Scan(); n++ {
			line := sc.Text()
			if build.MatchString(line) {
				t.Errorf("%s:%d builds a data.RuleError: refusals under the work rules are made in rules", path, n)
			}
			if strings.HasPrefix(path, filepath.Join("data", "store")) && cites.MatchString(line) {
				t.Errorf("%s:%d refuses citing a clause: decide it in rules", path, n)
			}
		}
		return sc.Err()
	})
	if err != nil {
		t.Fatal(err)
	}
}
