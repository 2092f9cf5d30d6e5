package xlsximport

import (
	"encoding/xml"
	"io"
	"strconv"
)

// maxColumns is Excel's last column (XFD): a reference beyond it is ignored
// rather than grown into.
const maxColumns = 16384

// sheetRows streams the rows of a sheet's XML: next gives each row's number
// and its cells by column (empty strings for the gaps), and after the last
// row the merged ranges, which Excel writes after the rows.
type sheetRows struct {
	d       *xml.Decoder
	strings *sharedStrings
	line    int
	cells   []string
	merged  []string // "B6:B7"
	buf     []byte
}

func newSheetRows(r io.Reader, ss *sharedStrings) *sheetRows {
	return &sheetRows{d: xml.NewDecoder(r), strings: ss}
}

// next reads the next row; ok is false at the end of the sheet, by which
// time merged holds the merged ranges.
func (s *sheetRows) next() (ok bool, err error) {
	for {
		tok, err := s.d.RawToken()
		if err == io.EOF {
			return false, nil
		}
		if err != nil {
			return false, err
		}
		se, isStart := tok.(xml.StartElement)
		if !isStart {
			continue
		}
		switch se.Name.Local {
		case "row":
			return true, s.readRow(se)
		case "mergeCell":
			s.merged = append(s.merged, attr(se, "", "ref"))
		}
	}
}

func (s *sheetRows) readRow(row xml.StartElement) error {
	s.line++
	if n, err := strconv.Atoi(attr(row, "", "r")); err == nil && n > 0 {
		s.line = n
	}
	s.cells = s.cells[:0]
	col := -1
	for {
		tok, err := s.d.RawToken()
		if err != nil {
			if err == io.EOF {
				err = io.ErrUnexpectedEOF
			}
			return err
		}
		switch t := tok.(type) {
		case xml.EndElement:
			if t.Name.Local == "row" {
				return nil
			}
		case xml.StartElement:
			if t.Name.Local != "c" {
				continue
			}
			col++
			if c, ok := columnOf(attr(t, "", "r")); ok {
				col = c
			}
			v, err := s.readCell(t)
			if err != nil {
				return err
			}
			if v != "" && col < maxColumns {
				for len(s.cells) <= col {
					s.cells = append(s.cells, "")
				}
				s.cells[col] = v
			}
		}
	}
}

// readCell is the cell's raw value, as excelize gives it with RawCellValue:
// shared and inline strings as text, anything else (numbers, booleans as
// 0/1, a formula's cached value) as written; a formula never calculated is
// empty.
func (s *sheetRows) readCell(c xml.StartElement) (string, error) {
	typ := attr(c, "", "t")
	s.buf = s.buf[:0]
	for {
		tok, err := s.d.RawToken()
		if err != nil {
			if err == io.EOF {
				err = io.ErrUnexpectedEOF
			}
			return "", err
		}
		switch t := tok.(type) {
		case xml.EndElement:
			if t.Name.Local != "c" {
				continue
			}
			if typ == "s" {
				i, err := strconv.Atoi(string(s.buf))
				if err != nil {
					return "", nil
				}
				return s.strings.get(i), nil
			}
			return string(s.buf), nil
		case xml.StartElement:
			switch t.Name.Local {
			case "v":
				s.buf, err = appendText(s.d, "v", s.buf)
			case "is":
				if typ == "inlineStr" {
					s.buf, err = appendText(s.d, "is", s.buf)
				}
			}
			if err != nil {
				return "", err
			}
		}
	}
}

// columnOf is the zero-based column of a reference such as "B3".
func columnOf(ref string) (int, bool) {
	col, i := 0, 0
	for ; i < len(ref) && ref[i] >= 'A' && ref[i] <= 'Z'; i++ {
		col = col*26 + int(ref[i]-'A'+1)
		if col > maxColumns {
			return 0, false
		}
	}
	if i == 0 {
		return 0, false
	}
	return col - 1, true
}
