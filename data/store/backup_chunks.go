package store

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"hash"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"github.com/klauspost/compress/zstd"
)

// The program's own backups share what did not change. A backup is a
// manifest (.hwb) naming, in order, the chunks its database is cut into;
// each chunk is stored once, compressed, under its SHA-256 in the folder
// huiwu-chunks beside the manifests. A day's work changes a few hundred of
// the ten-year file's pages, so a new backup adds a few megabytes where a
// full compressed copy costs fifty.
//
// Chunks are cut at page boundaries chosen by the pages' own content (after
// a page whose hash ends in four zero bits, so about 16 pages a chunk, never
// fewer than minChunkPages or more than maxChunkPages). VACUUM INTO writes
// the tables in order, so a row added early in the file shifts every later
// page by whole pages: the cuts move with the content and the chunks after
// the change are found again, where fixed-size chunks would all differ.

const (
	chunkDir      = "huiwu-chunks"
	manifestExt   = ".hwb"
	minChunkPages = 4
	maxChunkPages = 64
	chunkMask     = 15 // a cut after about one page in 16
	// chunkWorkers overlap the waits on the disk's sync of new chunks.
	chunkWorkers = 16
	// readPages is how many pages the cutting reads at once.
	readPages = 64
)

func chunked(path string) bool { return strings.HasSuffix(path, manifestExt) }

// manifest is the .hwb file: what to put together, and what it must give.
type manifest struct {
	Format int      `json:"format"` // 1
	Size   int64    `json:"size"`   // bytes of the database
	SHA256 string   `json:"sha256"` // of the database
	Chunks []string `json:"chunks"` // SHA-256 of each chunk, in file order
}

// pageSize reads a SQLite header's page size (1 stands for 65536).
func pageSize(header []byte) int {
	if len(header) < 18 {
		return 4096
	}
	n := int(binary.BigEndian.Uint16(header[16:18]))
	if n == 1 {
		return 65536
	}
	if n < 512 || n&(n-1) != 0 {
		return 4096 // not a database header: cut at 4 KB all the same
	}
	return n
}

// cutChunks reads r to its end and calls put with each chunk, in order.
// The chunk is valid until put returns: one buffer gathers them all. The
// file is read a block of pages at a time, not a page at a time (a backup of
// the ten-year data made 66,000 reads of 4 KB).
func cutChunks(r io.Reader, put func([]byte) error) error {
	head := make([]byte, 100)
	n, err := io.ReadFull(r, head)
	if err != nil && !errors.Is(err, io.ErrUnexpectedEOF) && !errors.Is(err, io.EOF) {
		return err
	}
	page := pageSize(head[:n])
	in := io.MultiReader(bytes.NewReader(head[:n]), r)
	chunk := make([]byte, 0, maxChunkPages*page)
	block := make([]byte, readPages*page)
	for {
		m, err := io.ReadFull(in, block)
		for p := block[:m]; len(p) > 0; {
			pg := p[:min(page, len(p))] // the last page of a file may be short
			p = p[len(pg):]
			chunk = append(chunk, pg...)
			pages := len(chunk) / page
			sum := sha256.Sum256(pg)
			if pages >= maxChunkPages || (pages >= minChunkPages && sum[0]&chunkMask == 0) {
				if err := put(chunk); err != nil {
					return err
				}
				chunk = chunk[:0]
			}
		}
		if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
			break
		}
		if err != nil {
			return err
		}
	}
	if len(chunk) > 0 {
		return put(chunk)
	}
	return nil
}

// chunkPath is where the chunk with SHA-256 id lives under dir.
func chunkPath(dir, id string) string {
	return filepath.Join(dir, chunkDir, id[:2], id)
}

// chunkWriter stores the chunks of one backup. Its workers name each chunk
// (its SHA-256) and store the new ones, compressed, synced and renamed into
// place, while the backup goes on cutting: naming every chunk on the
// cutting goroutine, beside the pages' own hashes and the whole file's, was
// most of an unchanged backup's time (issue 19), and syncing one at a time
// would cost the first backup thousands of waits on the disk.
type chunkWriter struct {
	dir  string
	enc  *zstd.Encoder
	jobs chan chunkJob
	// free holds the buffers the chunks are handed over in: as many as
	// the workers and the queue can hold, so cutting waits for them
	// rather than gathering the file in memory.
	free chan []byte
	wg   sync.WaitGroup
	mu   sync.Mutex
	// ids are the chunks' names in file order, filled in by the workers;
	// queued the names handed on to be stored, each stored once.
	ids     []string
	queued  map[string]bool
	err     error
	added   int64 // compressed bytes of the chunks this backup added
	written []string
}

func newChunkWriter(dir string) (*chunkWriter, error) {
	enc, err := zstd.NewWriter(nil, zstd.WithEncoderLevel(zstd.SpeedDefault), zstd.WithEncoderConcurrency(1))
	if err != nil {
		return nil, err
	}
	const queue = 8
	w := &chunkWriter{dir: dir, enc: enc, jobs: make(chan chunkJob, queue), free: make(chan []byte, chunkWorkers+queue+1), queued: map[string]bool{}}
	for range cap(w.free) {
		w.free <- nil
	}
	for range chunkWorkers {
		w.wg.Go(w.work)
	}
	return w, nil
}

type chunkJob struct {
	n int // the chunk's place in the file
	c []byte
}

func (w *chunkWriter) work() {
	for j := range w.jobs {
		sum := sha256.Sum256(j.c)
		id := hex.EncodeToString(sum[:])
		w.mu.Lock()
		w.ids[j.n] = id
		first := !w.queued[id]
		w.queued[id] = true
		w.mu.Unlock()
		if first {
			if err := w.store(id, j.c); err != nil {
				w.mu.Lock()
				w.err = errors.Join(w.err, err)
				w.mu.Unlock()
			}
		}
		w.free <- j.c[:0]
	}
}

// put hands a copy of the chunk c to the workers, to be named in its place
// in the file and stored once per name.
func (w *chunkWriter) put(c []byte) {
	w.mu.Lock()
	n := len(w.ids)
	w.ids = append(w.ids, "")
	w.mu.Unlock()
	w.jobs <- chunkJob{n, append(<-w.free, c...)}
}

// store writes one chunk unless it is stored already, and reads it back.
func (w *chunkWriter) store(id string, c []byte) error {
	path := chunkPath(w.dir, id)
	if fi, err := os.Stat(path); err == nil && fi.Size() > 0 {
		return nil
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return err
	}
	packed := w.enc.EncodeAll(c, nil)
	// Read back before keeping it: a chunk that does not give its bytes
	// again never takes its name.
	if back, err := readChunkBytes(packed); err != nil || !bytes.Equal(back, c) {
		return fmt.Errorf("备份块 %s 读回校验不符", id[:12])
	}
	tmp := path + ".tmp"
	if err := writeSynced(tmp, packed); err != nil {
		os.Remove(tmp)
		return err
	}
	if err := os.Rename(tmp, path); err != nil {
		os.Remove(tmp)
		return err
	}
	w.mu.Lock()
	w.added += int64(len(packed))
	w.written = append(w.written, path)
	w.mu.Unlock()
	return nil
}

// close waits for the workers and returns the chunks' names in file order,
// and the first error of any.
func (w *chunkWriter) close() ([]string, error) {
	close(w.jobs)
	w.wg.Wait()
	w.enc.Close()
	return w.ids, w.err
}

func writeSynced(path string, b []byte) error { return writeSyncedFrom(path, bytes.NewReader(b)) }

// writeSyncedFrom writes what r gives to path and syncs it to the disk.
func writeSyncedFrom(path string, r io.Reader) error {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, 0o600)
	if err != nil {
		return err
	}
	if _, err := io.Copy(f, r); err != nil {
		f.Close()
		return err
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

var chunkDecoder, _ = zstd.NewReader(nil, zstd.WithDecoderConcurrency(1))

func readChunkBytes(packed []byte) ([]byte, error) {
	return chunkDecoder.DecodeAll(packed, nil)
}

// writeChunked cuts the database plain into chunks under dir, stores the new
// ones, and writes the manifest to dst. It returns the manifest and the
// compressed bytes this backup added to the folder.
func writeChunked(plain, dir, dst string, progress func(float64)) (manifest, int64, error) {
	in, err := os.Open(plain)
	if err != nil {
		return manifest{}, 0, err
	}
	defer in.Close()
	fi, err := in.Stat()
	if err != nil {
		return manifest{}, 0, err
	}
	w, err := newChunkWriter(dir)
	if err != nil {
		return manifest{}, 0, err
	}
	m := manifest{Format: 1, Size: fi.Size()}
	// The whole file's hash is taken on a goroutine of its own, beside the
	// cutting.
	h := newHashAside(sha256.New(), 1<<18)
	src := io.TeeReader(&counting{r: in, total: fi.Size(), progress: progress}, h)
	cutErr := cutChunks(src, func(c []byte) error {
		w.put(c)
		return nil
	})
	sum := h.sum()
	ids, err := w.close()
	if err := errors.Join(cutErr, err); err != nil {
		for _, p := range w.written {
			os.Remove(p) // nothing names them yet
		}
		return manifest{}, 0, err
	}
	m.Chunks = ids
	m.SHA256 = hex.EncodeToString(sum)
	b, err := json.Marshal(m)
	if err != nil {
		return manifest{}, 0, err
	}
	if err := writeSynced(dst, b); err != nil {
		return manifest{}, 0, err
	}
	return m, w.added, nil
}

func readManifest(path string) (manifest, error) {
	var m manifest
	b, err := os.ReadFile(path)
	if err != nil {
		return m, err
	}
	if err := json.Unmarshal(b, &m); err != nil {
		return m, fmt.Errorf("%s 不是会务备份清单：%w", filepath.Base(path), err)
	}
	if m.Format != 1 {
		return m, fmt.Errorf("%s 的格式 %d 无法识别，请升级程序", filepath.Base(path), m.Format)
	}
	return m, nil
}

// assemble writes the database a manifest names to w, checking each chunk
// against its name and the whole against the manifest's SHA-256.
func assemble(path string, w io.Writer, progress func(float64)) error {
	m, err := readManifest(path)
	if err != nil {
		return err
	}
	dir := filepath.Dir(path)
	h := sha256.New()
	var done int64
	for i, id := range m.Chunks {
		packed, err := os.ReadFile(chunkPath(dir, id))
		if err != nil {
			return fmt.Errorf("缺少备份块 %s：%w", id[:12], err)
		}
		c, err := readChunkBytes(packed)
		sum := sha256.Sum256(c)
		if err != nil || hex.EncodeToString(sum[:]) != id {
			return fmt.Errorf("备份块 %s 已损坏", id[:12])
		}
		if _, err := io.MultiWriter(w, h).Write(c); err != nil {
			return err
		}
		done += int64(len(c))
		if m.Size > 0 {
			progress(min(float64(done)/float64(m.Size), 1))
		} else {
			progress(float64(i+1) / float64(len(m.Chunks)))
		}
	}
	if got := hex.EncodeToString(h.Sum(nil)); got != m.SHA256 || done != m.Size {
		return fmt.Errorf("%s 拼合后的校验和与清单不符", filepath.Base(path))
	}
	return nil
}

// hashAside is a hash written to on one goroutine and computed on another:
// each Write copies what it is given into a free block and hands it on, so
// the writer goes on while the last block is hashed.
type hashAside struct {
	h          hash.Hash
	full, free chan []byte
	done       chan struct{}
}

func newHashAside(h hash.Hash, block int) *hashAside {
	a := &hashAside{h: h, full: make(chan []byte, 2), free: make(chan []byte, 3), done: make(chan struct{})}
	for range cap(a.free) {
		a.free <- make([]byte, 0, block)
	}
	go func() {
		for b := range a.full {
			a.h.Write(b)
			a.free <- b[:0]
		}
		close(a.done)
	}()
	return a
}

func (a *hashAside) Write(p []byte) (int, error) {
	for rest := p; len(rest) > 0; {
		b := <-a.free
		n := min(len(rest), cap(b))
		a.full <- append(b, rest[:n]...)
		rest = rest[n:]
	}
	return len(p), nil
}

// sum waits for what was written to be hashed and returns the sum. The
// hash takes no more writes.
func (a *hashAside) sum() []byte {
	close(a.full)
	<-a.done
	return a.h.Sum(nil)
}
