package store

import (
	"bytes"
	"crypto/sha256"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"huiwu/data"
)

// storedChunks are the chunk files under dir, by id; temporaries count too.
func storedChunks(t *testing.T, dir string) map[string]bool {
	t.Helper()
	out := map[string]bool{}
	filepath.WalkDir(filepath.Join(dir, chunkDir), func(_ string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			out[d.Name()] = true
		}
		return nil
	})
	return out
}

// namedChunks are the ids the manifests in dir name.
func namedChunks(t *testing.T, dir string) map[string]bool {
	t.Helper()
	out := map[string]bool{}
	paths, _ := filepath.Glob(filepath.Join(dir, "huiwu-*"+manifestExt))
	for _, p := range paths {
		m, err := readManifest(p)
		if err != nil {
			t.Fatal(err)
		}
		for _, id := range m.Chunks {
			out[id] = true
		}
	}
	return out
}

// pages makes n pages of 4096 bytes, each filled with its own byte pattern,
// behind a SQLite-like header that gives the page size.
func pages(n int, seed byte) [][]byte {
	out := make([][]byte, n)
	for i := range out {
		p := bytes.Repeat([]byte{seed, byte(i), byte(i >> 8), 7}, 1024)
		out[i] = p
	}
	copy(out[0], "SQLite format 3\x00\x10\x00")
	return out
}

func cut(t *testing.T, ps [][]byte) [][]byte {
	t.Helper()
	var chunks [][]byte
	if err := cutChunks(bytes.NewReader(bytes.Join(ps, nil)), func(c []byte) error {
		chunks = append(chunks, bytes.Clone(c))
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	return chunks
}

// Pages inserted early in the file move the later pages; the cuts follow
// the content, so every chunk after the insertion's is found again.
func TestChunksAreFoundAgainAfterPagesMove(t *testing.T) {
	before := pages(2000, 1)
	after := slices.Concat(before[:300:300], pages(3, 9)[1:], before[300:])
	a, b := cut(t, before), cut(t, after)
	if got := len(bytes.Join(a, nil)); got != 2000*4096 {
		t.Fatalf("chunks hold %d bytes, want %d", got, 2000*4096)
	}
	for _, c := range a {
		if n := len(c) / 4096; len(c)%4096 != 0 || n > maxChunkPages {
			t.Fatalf("a chunk of %d bytes: not whole pages or over %d pages", len(c), maxChunkPages)
		}
	}
	old := map[string]bool{}
	for _, c := range a {
		old[string(c)] = true
	}
	var fresh int
	for _, c := range b {
		if !old[string(c)] {
			fresh++
		}
	}
	// The chunk the two pages went into, and the one after it when the new
	// pages happen to hold a cut; nothing else.
	if fresh < 1 || fresh > 2 {
		t.Fatalf("%d of %d chunks are new after inserting 2 pages, want 1 or 2", fresh, len(b))
	}
}

// The program's own backups are manifests over shared chunks: an unchanged
// database adds nothing, a change adds only the chunks it touched, and each
// restores to exactly the database it copied.
func TestSharedChunkBackupsAddOnlyWhatChanged(t *testing.T) {
	s := withDemo(t)
	dir := t.TempDir()
	first, err := s.BackupWithProgress(ctx, dir, "manual", nil)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasSuffix(first.Path, "-manual"+manifestExt) || first.Size == 0 || len(first.SHA256) != 64 {
		t.Fatalf("first backup %s: %d bytes added, sha %q", first.Path, first.Size, first.SHA256)
	}
	s.Now = func() time.Time { return time.Date(2026, 11, 28, 9, 1, 0, 0, time.UTC) }
	same, err := s.BackupWithProgress(ctx, dir, "manual", nil)
	if err != nil {
		t.Fatal(err)
	}
	m1, _ := readManifest(first.Path)
	m2, _ := readManifest(same.Path)
	if same.Size != 0 || !slices.Equal(m1.Chunks, m2.Chunks) {
		t.Fatalf("a copy of unchanged data added %d bytes; chunks equal: %v", same.Size, slices.Equal(m1.Chunks, m2.Chunks))
	}
	if _, err := s.SaveUnit(ctx, data.Unit{Name: "备份之后新建的单位", Kind: data.KindOther}); err != nil {
		t.Fatal(err)
	}
	s.Now = func() time.Time { return time.Date(2026, 11, 28, 9, 2, 0, 0, time.UTC) }
	changed, err := s.BackupWithProgress(ctx, dir, "manual", nil)
	if err != nil {
		t.Fatal(err)
	}
	// Every chunk the change added holds a page the first copy lacks: no
	// unchanged stretch of the file is stored twice.
	m3, _ := readManifest(changed.Path)
	oldPages := map[[32]byte]bool{}
	for _, p := range filePages(t, first.Path) {
		oldPages[p] = true
	}
	var added int
	for _, id := range m3.Chunks {
		if slices.Contains(m1.Chunks, id) {
			continue
		}
		added++
		packed, _ := os.ReadFile(chunkPath(dir, id))
		c, _ := readChunkBytes(packed)
		var fresh bool
		for at := 0; at < len(c); at += 4096 {
			fresh = fresh || !oldPages[sha256.Sum256(c[at:at+4096])]
		}
		if !fresh {
			t.Fatalf("chunk %s was added but holds only pages of the first copy", id[:12])
		}
	}
	if added == 0 || changed.Size == 0 {
		t.Fatalf("a change added %d chunks, %d bytes", added, changed.Size)
	}
	if err := s.VerifyBackup(ctx, changed.Path); err != nil {
		t.Fatal(err)
	}
	if err := s.Restore(ctx, first.Path); err != nil {
		t.Fatal(err)
	}
	after, _ := describe(ctx, s.Path())
	if after.Counts["units"] != first.Counts["units"] || after.Counts["audit_log"] != first.Counts["audit_log"]+1 {
		t.Fatalf("restored counts %v, backup %v", after.Counts, first.Counts)
	}
}

// filePages are the SHA-256 of each 4096-byte page of the database inside a backup.
func filePages(t *testing.T, backup string) [][32]byte {
	t.Helper()
	plain := filepath.Join(t.TempDir(), "plain.db")
	if err := copyPlain(backup, plain); err != nil {
		t.Fatal(err)
	}
	b, _ := os.ReadFile(plain)
	var out [][32]byte
	for at := 0; at+4096 <= len(b); at += 4096 {
		out = append(out, sha256.Sum256(b[at:at+4096]))
	}
	return out
}

// Pruning removes a backup's manifest, and the chunks no other backup
// names go with it; those still named stay.
func TestPrunedBackupsTakeTheirOwnChunksOnly(t *testing.T) {
	s := withDemo(t)
	dir := t.TempDir()
	start := time.Date(2026, 1, 1, 18, 0, 0, 0, time.UTC)
	clock := start
	s.Now = func() time.Time { return clock }
	if err := s.SetBackupSettings(ctx, dir, data.Retention{AllDays: 1, DailyDays: 2, PreMigrateMonths: 1}); err != nil {
		t.Fatal(err)
	}
	for day := range 6 {
		clock = start.AddDate(0, 0, day)
		if _, err := s.SaveUnit(ctx, data.Unit{Name: "第" + han(day) + "天的单位", Kind: data.KindOther}); err != nil {
			t.Fatal(err)
		}
		if _, err := s.BackupWithProgress(ctx, dir, "auto", nil); err != nil {
			t.Fatal(err)
		}
	}
	list, _ := ListBackups(ctx, dir)
	if len(list) != 2 {
		t.Fatalf("%d backups kept, want 2 (the last day's and the day before's)", len(list))
	}
	if stored, named := storedChunks(t, dir), namedChunks(t, dir); len(stored) != len(named) {
		t.Fatalf("%d chunks stored, the 2 manifests name %d", len(stored), len(named))
	}
	for _, b := range list {
		if err := s.VerifyBackup(ctx, b.Path); err != nil {
			t.Fatalf("%s after pruning: %v", filepath.Base(b.Path), err)
		}
	}
}

// A chunk changed on disk is found when the backup is read: verify and
// restore refuse it and the live data stays as it was.
func TestDamagedChunkIsRefused(t *testing.T) {
	s := withDemo(t)
	dir := t.TempDir()
	info, err := s.BackupWithProgress(ctx, dir, "manual", nil)
	if err != nil {
		t.Fatal(err)
	}
	m, _ := readManifest(info.Path)
	victim := chunkPath(dir, m.Chunks[len(m.Chunks)/2])
	b, _ := os.ReadFile(victim)
	b[len(b)/2] ^= 0x40
	os.WriteFile(victim, b, 0o600)
	before := fileHash(t, s.Path())
	if err := s.VerifyBackup(ctx, info.Path); err == nil {
		t.Fatal("a backup with a damaged chunk passed verification")
	}
	if err := s.Restore(ctx, info.Path); err == nil {
		t.Fatal("a backup with a damaged chunk was restored")
	}
	if fileHash(t, s.Path()) != before {
		t.Fatal("a refused restore changed the live database")
	}
}

// The cuts are where the backups made before them cut: a folder's chunks are
// found again by name only if the same file is cut at the same pages. The
// golden file holds each chunk's length, in bytes, for the files of
// cutCases, as the first shared-chunk backups cut them.
func TestChunksAreCutWhereEarlierBackupsCutThem(t *testing.T) {
	var got bytes.Buffer
	for _, c := range cutCases() {
		fmt.Fprintf(&got, "# %s: %d bytes\n", c.name, len(c.file))
		if err := cutChunks(bytes.NewReader(c.file), func(chunk []byte) error {
			fmt.Fprintf(&got, "%d\n", len(chunk))
			return nil
		}); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(filepath.Join("testdata", "chunk_cuts.golden"))
	if err != nil {
		t.Fatal(err)
	}
	g, w := strings.Split(got.String(), "\n"), strings.Split(string(want), "\n")
	for i := range max(len(g), len(w)) {
		if i >= len(g) || i >= len(w) || g[i] != w[i] {
			t.Fatalf("line %d of testdata/chunk_cuts.golden: cut gives %q, the golden file %q (%d lines against %d)",
				i+1, lineAt(g, i), lineAt(w, i), len(g), len(w))
		}
	}
}

// cutCase is a made-up file to cut.
type cutCase struct {
	name string
	file []byte
}

// cutCases are SQLite-like files of 4096-byte pages (the program's), of
// 65536 (written 1 in the header) and of 512, each ending in a short page;
// one a page past what the cutting reads at once; one shorter than the
// header; and an empty one.
func cutCases() []cutCase {
	tail := []byte{1, 2, 3}
	return []cutCase{
		{"2000 pages", append(bytes.Join(pages(2000, 1), nil), tail...)},
		{"700 pages and 4 others", append(bytes.Join(slices.Concat(pages(700, 3), pages(5, 4)[1:]), nil), tail...)},
		{"150 pages of 64 KiB", append(bytes.Join(sizedPages(150, 65536, 5), nil), tail...)},
		{"1000 pages of 512 bytes", append(bytes.Join(sizedPages(1000, 512, 6), nil), tail...)},
		{"65 pages", append(bytes.Join(pages(65, 7), nil), tail...)},
		{"50 bytes", bytes.Repeat([]byte{9}, 50)},
		{"empty", nil},
	}
}

// sizedPages is pages with pages of size bytes.
func sizedPages(n, size int, seed byte) [][]byte {
	out := make([][]byte, n)
	for i := range out {
		out[i] = bytes.Repeat([]byte{seed, byte(i), byte(i >> 8), 7}, size/4)
	}
	field := size
	if size == 65536 {
		field = 1
	}
	copy(out[0], "SQLite format 3\x00")
	out[0][16], out[0][17] = byte(field>>8), byte(field)
	return out
}

// lineAt is lines[i], or "(none)" past the end.
func lineAt(lines []string, i int) string {
	if i < len(lines) {
		return lines[i]
	}
	return "(none)"
}
