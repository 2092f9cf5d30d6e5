package xlsximport

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"path"
	"strings"
)

// The workbook is read straight from its zip with a streaming XML decoder:
// excelize loads a whole sheet (and reads its merged ranges) before the
// first row, which cost 8 s and 1 GB to refuse a 100,000-row sheet at the
// 10,000-row cap. Here the sheet is read once, row by row, and reading
// stops at the cap.

var (
	errTooBig     = errors.New("workbook unzips too large")
	errFileTooBig = errors.New("workbook file too large")
	errNotZip     = errors.New("not a zip")
	errNoSheets   = errors.New("no sheets")
)

// workbook is an opened xlsx: its zip, its first sheet's name and part, and
// its shared strings.
type workbook struct {
	zip     *zip.Reader
	lim     Limits
	sheet   string // the first sheet's name, as its tab shows it
	part    string // the zip path of its XML
	strings sharedStrings
}

// openWorkbook opens the zip in r (read into memory up to the file limit
// unless r can be read at offsets), checks the declared sizes against the
// limits, and finds the first sheet.
func openWorkbook(r io.Reader, lim Limits) (*workbook, error) {
	ra, size, err := readerAt(r, lim)
	if err != nil {
		return nil, err
	}
	zr, err := zip.NewReader(ra, size)
	if err != nil {
		return nil, errNotZip
	}
	var total uint64
	for _, f := range zr.File {
		total += f.UncompressedSize64
	}
	if total > uint64(lim.UnzipSize) {
		return nil, errTooBig
	}
	wb := &workbook{zip: zr, lim: lim}
	if err := wb.findFirstSheet(); err != nil {
		return nil, err
	}
	if err := wb.readSharedStrings(); err != nil {
		return nil, err
	}
	return wb, nil
}

// readerAt gives the zip reader random access: a file is used in place,
// anything else is read into memory, refused past the file limit.
func readerAt(r io.Reader, lim Limits) (io.ReaderAt, int64, error) {
	if f, ok := r.(interface {
		io.ReaderAt
		io.Seeker
	}); ok {
		size, err := f.Seek(0, io.SeekEnd)
		if err == nil {
			return f, size, nil
		}
	}
	max := lim.FileSize
	if max <= 0 {
		max = lim.UnzipXMLSize
	}
	b, err := io.ReadAll(io.LimitReader(r, max+1))
	if err != nil {
		return nil, 0, err
	}
	if int64(len(b)) > max {
		return nil, 0, errFileTooBig
	}
	return bytes.NewReader(b), int64(len(b)), nil
}

// open opens the part name, bounded by the one-part limit whatever its
// header declares; a missing part is (nil, nil).
func (wb *workbook) open(name string) (io.ReadCloser, error) {
	if f := wb.find(name); f != nil {
		if f.UncompressedSize64 > uint64(wb.lim.UnzipXMLSize) {
			return nil, errTooBig
		}
		rc, err := f.Open()
		if err != nil {
			return nil, err
		}
		return &boundedReader{rc: rc, left: wb.lim.UnzipXMLSize}, nil
	}
	return nil, nil
}

func (wb *workbook) find(name string) *zip.File {
	for _, f := range wb.zip.File {
		if f.Name == name {
			return f
		}
	}
	return nil
}

// boundedReader fails once more than left bytes have come out: a zip may
// declare a small size and inflate to a large one.
type boundedReader struct {
	rc   io.ReadCloser
	left int64
}

func (b *boundedReader) Read(p []byte) (int, error) {
	n, err := b.rc.Read(p)
	b.left -= int64(n)
	if b.left < 0 {
		return n, errTooBig
	}
	return n, err
}

func (b *boundedReader) Close() error { return b.rc.Close() }

// findFirstSheet reads the sheet list from xl/workbook.xml and the sheet's
// part from the workbook's relationships.
func (wb *workbook) findFirstSheet() error {
	if wb.find("xl/workbook.xml") == nil {
		return errNotZip // a zip, but not a workbook
	}
	var id string
	err := wb.scan("xl/workbook.xml", func(d *xml.Decoder, se xml.StartElement) (bool, error) {
		if se.Name.Local != "sheet" {
			return false, nil
		}
		wb.sheet, id = attr(se, "", "name"), attr(se, "r", "id")
		if id == "" {
			id = attr(se, "*", "id")
		}
		return true, nil
	})
	if err != nil {
		return err
	}
	if wb.sheet == "" {
		return errNoSheets
	}
	err = wb.scan("xl/_rels/workbook.xml.rels", func(d *xml.Decoder, se xml.StartElement) (bool, error) {
		if se.Name.Local != "Relationship" || attr(se, "", "Id") != id {
			return false, nil
		}
		target := attr(se, "", "Target")
		if strings.HasPrefix(target, "/") {
			wb.part = strings.TrimPrefix(target, "/")
		} else {
			wb.part = path.Join("xl", target)
		}
		return true, nil
	})
	if err != nil {
		return err
	}
	if wb.part == "" {
		return fmt.Errorf("sheet %q has no part", wb.sheet)
	}
	return nil
}

// scan calls fn on each start element of the part name until fn says done.
func (wb *workbook) scan(name string, fn func(*xml.Decoder, xml.StartElement) (bool, error)) error {
	rc, err := wb.open(name)
	if err != nil || rc == nil {
		return err
	}
	defer rc.Close()
	d := xml.NewDecoder(rc)
	for {
		tok, err := d.RawToken()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
		if se, ok := tok.(xml.StartElement); ok {
			if done, err := fn(d, se); done || err != nil {
				return err
			}
		}
	}
}

// attr is the value of the attribute local with namespace prefix space
// ("*" for any prefix but none).
func attr(se xml.StartElement, space, local string) string {
	for _, a := range se.Attr {
		if a.Name.Local == local && (a.Name.Space == space || space == "*" && a.Name.Space != "") {
			return a.Value
		}
	}
	return ""
}

// maxSharedText bounds the shared strings' text: a roster of 10,000 people
// has well under a megabyte of it.
const maxSharedText = 8 << 20

// sharedStrings holds the workbook's shared strings in one buffer, so that
// a file of millions of tiny strings costs their bytes, not a string header
// each.
type sharedStrings struct {
	text []byte
	ends []uint32
}

func (s *sharedStrings) get(i int) string {
	if i < 0 || i >= len(s.ends) {
		return ""
	}
	start := uint32(0)
	if i > 0 {
		start = s.ends[i-1]
	}
	return string(s.text[start:s.ends[i]])
}

func (wb *workbook) readSharedStrings() error {
	return wb.scan("xl/sharedStrings.xml", func(d *xml.Decoder, se xml.StartElement) (bool, error) {
		if se.Name.Local != "si" {
			return false, nil
		}
		var err error
		wb.strings.text, err = appendText(d, "si", wb.strings.text)
		wb.strings.ends = append(wb.strings.ends, uint32(len(wb.strings.text)))
		if err == nil && len(wb.strings.text) > maxSharedText {
			err = errTooBig
		}
		return err != nil, err
	})
}

// appendText appends the text of every <t> up to the end of the element
// end (an <si>, <is> or <v>), leaving out phonetic runs (<rPh>), as Excel
// shows the cell.
func appendText(d *xml.Decoder, end string, buf []byte) ([]byte, error) {
	inT, phonetic := end == "v", 0
	for {
		tok, err := d.RawToken()
		if err != nil {
			if err == io.EOF {
				err = io.ErrUnexpectedEOF
			}
			return buf, err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "t":
				inT = true
			case "rPh":
				phonetic++
			}
		case xml.EndElement:
			switch t.Name.Local {
			case end:
				return buf, nil
			case "t":
				inT = false
			case "rPh":
				phonetic--
			}
		case xml.CharData:
			if inT && phonetic == 0 {
				buf = append(buf, t...)
			}
		}
	}
}
