package typeset

import (
	"errors"
	"fmt"
	"io"
	"math"
	"time"

	"codeberg.org/go-pdf/fpdf"
)

// Options are the settings of one document.
type Options struct {
	// Faces sets the text; nil means the bundled faces (BundledFaces).
	Faces Faces
	// Red is the ink of the 发文机关标志, the 纪要标志 and the red rule.
	Red RGB
	// Created is written as the PDF's creation and modification date. Take it
	// from the document (its date), never from the clock, so that the same
	// input gives the same bytes.
	Created time.Time
	// Title and Author go into the PDF's information dictionary.
	Title, Author string
	// AuditHead is the audit log's head (SEQ:HASH) when the paper was made
	// from the database; it goes into the PDF's keywords so that a printed
	// or filed copy can be checked against the log (huiwu audit verify --head).
	AuditHead string
	// EvenColophon puts the 版记 on an even page, the back of the last
	// sheet of a double-sided paper, with a blank page before it when the
	// text ends on an even page with no room left (GB/T 9704 §7.4).
	EvenColophon bool
}

// Document is a 公文 being laid out. Calls append to it in reading order; the
// first error sticks and is returned by Write (and Err).
type Document struct {
	pdf   *fpdf.Fpdf
	faces Faces
	opt   Options
	err   error

	page    int // current page, 1-based (0 before the first)
	line    int // next free grid line on the current page
	added   map[string]bool
	lastTc  float64
	tcPage  int
	layout  Layout
	closed  bool
	colo    *Colophon
	nonumOn map[int]bool // pages that carry no number
	numBase int          // pages before the current paper's first (NewPaper)

	// The flow (flow.go): lines waiting for the current page from grid
	// line drawnTo on, and the keep state of the lines still to come.
	queue     []flowItem
	drawnTo   int
	keepNext  int  // lines still to keep with the one before (after a heading)
	keepStart bool // Keep has begun: its first line is free, the rest kept
	keepAll   bool // inside Keep after its first line
}

// New starts a document with its first page.
func New(opt Options) (*Document, error) {
	if opt.Faces == nil {
		fs, err := BundledFaces()
		if err != nil {
			return nil, err
		}
		opt.Faces = fs
	}
	for _, r := range Roles {
		if opt.Faces[r] == nil {
			return nil, fmt.Errorf("缺少 %s 字体", r)
		}
	}
	if opt.Created.IsZero() {
		return nil, errors.New("typeset: Options.Created is required for reproducible output")
	}
	pdf := fpdf.NewCustom(&fpdf.InitType{UnitStr: "mm", Size: fpdf.SizeType{Wd: PageW, Ht: PageH}, OrientationStr: "P"})
	pdf.SetAutoPageBreak(false, 0)
	pdf.SetMargins(MarginLeft, MarginTop, PageW-AreaRight)
	pdf.SetCatalogSort(true)
	pdf.SetCreationDate(opt.Created)
	pdf.SetModificationDate(opt.Created)
	pdf.SetCompression(true)
	pdf.SetCreator("Huiwu", false)
	pdf.SetProducer("Huiwu typeset (fpdf)", false)
	if opt.Title != "" {
		pdf.SetTitle(opt.Title, true)
	}
	if opt.Author != "" {
		pdf.SetAuthor(opt.Author, true)
	}
	if opt.AuditHead != "" {
		pdf.SetKeywords("huiwu-audit-head "+opt.AuditHead, true)
		pdf.SetSubject("审计头 "+opt.AuditHead, true)
	}
	d := &Document{pdf: pdf, faces: opt.Faces, opt: opt, added: map[string]bool{}, nonumOn: map[int]bool{}}
	d.NewPage()
	return d, nil
}

// Err returns the first error met so far.
func (d *Document) Err() error {
	if d.err == nil && d.pdf.Err() {
		d.err = d.pdf.Error()
	}
	return d.err
}

func (d *Document) fail(err error) {
	if d.err == nil {
		d.err = err
	}
}

// Page is the current page number (1-based).
func (d *Document) Page() int { return d.page }

// Line is the next free grid line (0–21) of the current page.
func (d *Document) Line() int { return d.line }

// NewPage finishes the current page (numbering it) and starts another.
func (d *Document) NewPage() {
	if d.page > 0 {
		d.flush()
		d.finishPage()
	}
	d.pdf.AddPage()
	d.page = d.pdf.PageNo()
	d.line, d.drawnTo = 0, 0
	d.layout.Pages = d.page
}

// NewPaper starts a new page that is page 1 of a paper of its own, for a
// file that holds several papers (one 邀请函 to each invitee): each is
// numbered from — 1 —, odd and even sides counted from its own first page.
func (d *Document) NewPaper() {
	d.NewPage()
	d.numBase = d.page - 1
}

// Number is the printed number of the current page: pages since the
// current paper began.
func (d *Document) Number() int { return d.page - d.numBase }

// Skip leaves n grid lines empty; empty lines that would open a new page
// are dropped.
func (d *Document) Skip(n int) {
	for range n {
		d.push(flowItem{})
	}
}

// SkipTo moves down to grid line n of the current page (never up), for
// text placed at a fixed line.
func (d *Document) SkipTo(n int) {
	d.flush()
	if n > d.line {
		d.line, d.drawnTo = n, n
	}
	if d.line >= LinesPerPage {
		d.NewPage()
	}
}

// GridLineBelow returns the first grid line whose top is at or below y.
func GridLineBelow(y float64) int {
	return int(math.Ceil((y - MarginTop - 1e-6) / LinePitch))
}

// lineTop is the top of grid line i.
func lineTop(i int) float64 { return MarginTop + float64(i)*LinePitch }

// baselineIn centres an em box of size pt in a cell of height h at top.
func baselineIn(top, h, sizePt float64) float64 {
	s := PtToMM(sizePt)
	return top + (h-s)/2 + emAscent*s
}

// ensureFace registers a face with fpdf the first time it is used, so that a
// document that never needs the fallback does not pay to parse and embed it.
func (d *Document) ensureFace(f *Face) {
	if d.added[f.family()] {
		return
	}
	d.pdf.AddUTF8FontFromBytes(f.family(), "", f.data)
	d.added[f.family()] = true
}

// Write finishes the document (版记, last page number) and writes the PDF.
func (d *Document) Write(w io.Writer) error {
	if !d.closed {
		d.closed = true
		d.flush()
		if d.colo != nil {
			d.placeColophon(*d.colo)
		}
		d.finishPage()
	}
	if err := d.Err(); err != nil {
		return err
	}
	if err := d.pdf.Output(w); err != nil {
		return fmt.Errorf("写出 PDF：%w", err)
	}
	return nil
}

// Layout returns what was placed so far.
func (d *Document) Layout() Layout { return d.layout }
