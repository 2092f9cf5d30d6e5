// Package paper builds the printed papers of a meeting — 纪要, 会议通知 and
// the kinds later issues add — on the typeset engine. Each kind is a plain Go
// struct with a documented JSON form (docs/formats/KIND.md); RenderJSON turns
// that JSON into a PDF, and its errors name the field at fault in Chinese fit
// for a secretary to act on.
//
// A kind plugs in by implementing Paper and adding a constructor to kinds.
package paper

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"sort"
	"strings"
	"time"

	"huiwu/data"
	"huiwu/export/typeset"
)

// Paper is one document kind.
type Paper interface {
	// Kind is the name used on the command line, e.g. "minutes".
	Kind() string
	// Validate checks every field; its error names the field (FieldError).
	Validate() error
	// Created is the date written into the PDF (from the document, so that
	// the same input gives the same bytes).
	Created() time.Time
	// Title is the PDF's title.
	Title() string
	// Typeset lays the paper out on d.
	Typeset(d *typeset.Document)
}

// kinds maps a kind's name to a constructor of its empty struct.
var kinds = map[string]func() Paper{
	"minutes":     func() Paper { return new(Minutes) },
	"notice":      func() Paper { return new(Notice) },
	"signin":      func() Paper { return new(SignInSheet) },
	"leave":       func() Paper { return new(LeaveForm) },
	"seating":     func() Paper { return new(SeatingChart) },
	"docform":     func() Paper { return new(DocForm) },
	"countersign": func() Paper { return new(CountersignSheet) },
	"signoff":     func() Paper { return new(SignOffSheet) },
	"agenda":      func() Paper { return new(Agenda) },
	"invitation":  func() Paper { return new(Invitation) },
	"request":     func() Paper { return new(Request) },
}

// Kinds returns the names of the document kinds, sorted.
func Kinds() []string {
	out := make([]string, 0, len(kinds))
	for k := range kinds {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// Options are the printing settings shared by every kind.
type Options struct {
	// Red is the ink of mastheads and red rules; nil is pure red.
	Red *typeset.RGB
	// FontPaths optionally points roles "fangsong", "xiaobiaosong", "hei"
	// and "kai" at the user's own licensed .ttf files; the bundled faces
	// set whatever is not given.
	FontPaths map[string]string
	// Faces, when set, is used as is instead of loading FontPaths; a caller
	// printing many papers loads them once with typeset.LoadFaces.
	Faces typeset.Faces
	// AuditHead, when the paper comes from the database, is the audit log's
	// head at export time, recorded in the PDF's properties.
	AuditHead string
	// SingleSided prints the 版记 on the last page whatever its number.
	// False, the default: a 纪要's or 通知's 版记 (the kinds that have one)
	// goes on an even page, the back of the last sheet, with a blank page
	// before it when needed.
	SingleSided bool
}

// DefaultOptions are the bundled faces and pure red.
func DefaultOptions() Options {
	red := typeset.Red
	return Options{Red: &red}
}

// FieldError is a problem with one field of a paper's JSON.
type FieldError struct {
	Kind, Field, Msg string
}

func (e *FieldError) Error() string {
	return fmt.Sprintf("%s: 字段 %q：%s", e.Kind, e.Field, e.Msg)
}

// New returns the empty struct of kind, or an error listing the kinds.
func New(kind string) (Paper, error) {
	mk, ok := kinds[kind]
	if !ok {
		return nil, fmt.Errorf("未知的文稿类型 %q，可用类型：%s", kind, strings.Join(Kinds(), "、"))
	}
	return mk(), nil
}

// Decode parses in as kind's JSON and validates it.
func Decode(kind string, in []byte) (Paper, error) {
	p, err := New(kind)
	if err != nil {
		return nil, err
	}
	dec := json.NewDecoder(bytes.NewReader(in))
	dec.DisallowUnknownFields()
	if err := dec.Decode(p); err != nil {
		return nil, jsonError(kind, in, err)
	}
	if dec.More() {
		return nil, fmt.Errorf("%s: JSON 在文档结束后还有多余内容", kind)
	}
	if err := p.Validate(); err != nil {
		return nil, err
	}
	return p, nil
}

// jsonError turns encoding/json's errors into messages naming the field or
// the line.
func jsonError(kind string, in []byte, err error) error {
	var se *json.SyntaxError
	var te *json.UnmarshalTypeError
	var fe *FieldError
	switch {
	case errors.As(err, &fe):
		fe.Kind = kind
		return fe
	case errors.As(err, &se):
		return fmt.Errorf("%s: JSON 格式错误（第 %d 行）：%v", kind, lineOf(in, se.Offset), se)
	case errors.As(err, &te):
		field := te.Field
		if field == "" {
			return fmt.Errorf("%s: JSON 顶层应为对象 {…}", kind)
		}
		return &FieldError{kind, field, fmt.Sprintf("类型不对：不能是 %s（应为 %s）", te.Value, goTypeName(te.Type.String()))}
	case errors.Is(err, io.EOF):
		return fmt.Errorf("%s: JSON 为空", kind)
	case errors.Is(err, io.ErrUnexpectedEOF):
		return fmt.Errorf("%s: JSON 不完整（文件提前结束）", kind)
	case strings.HasPrefix(err.Error(), "json: unknown field "):
		name := strings.Trim(strings.TrimPrefix(err.Error(), "json: unknown field "), `"`)
		return &FieldError{kind, name, "未知字段（拼写错误？）"}
	}
	return fmt.Errorf("%s: JSON 无法解析：%v", kind, err)
}

func goTypeName(t string) string {
	switch {
	case t == "string", strings.HasSuffix(t, ".Date"):
		return "字符串"
	case strings.HasPrefix(t, "[]"):
		return "数组"
	case strings.HasPrefix(t, "int"):
		return "整数"
	}
	return "对象"
}

func lineOf(in []byte, off int64) int {
	if off > int64(len(in)) {
		off = int64(len(in))
	}
	return bytes.Count(in[:off], []byte("\n")) + 1
}

// RenderJSON renders kind's JSON to w as a PDF. An error in the JSON is the
// user's to fix (data.EInvalid), with a message naming the field or line.
func RenderJSON(kind string, in []byte, w io.Writer, opt Options) error {
	p, err := Decode(kind, in)
	if err != nil {
		return invalid(err)
	}
	_, err = Render(p, w, opt)
	return err
}

// Write validates p and renders it to w with opt: what every paper made
// from the database goes through, with the audit head and the office's
// font files of the settings.
func Write(w io.Writer, p Paper, opt Options) error {
	if err := p.Validate(); err != nil {
		return err
	}
	_, err := Render(p, w, opt)
	return err
}

// Render lays out a validated paper and writes the PDF to w. It returns the
// layout, so tests can check geometry without reading the PDF back.
func Render(p Paper, w io.Writer, opt Options) (typeset.Layout, error) {
	faces := opt.Faces
	if faces == nil {
		var err error
		if faces, err = typeset.LoadFaces(opt.FontPaths); err != nil {
			return typeset.Layout{}, invalid(err) // the font settings
		}
	}
	red := typeset.Red
	if opt.Red != nil {
		red = *opt.Red
	}
	d, err := typeset.New(typeset.Options{
		Faces: faces, Red: red, Created: p.Created(), Title: p.Title(), Author: "Huiwu", AuditHead: opt.AuditHead,
		EvenColophon: !opt.SingleSided,
	})
	if err != nil {
		return typeset.Layout{}, err
	}
	p.Typeset(d)
	if err := d.Write(w); err != nil {
		err = fmt.Errorf("%s: %w", p.Kind(), err)
		var te *typeset.TextError
		if errors.As(err, &te) || errors.Is(err, typeset.ErrFontFormat) {
			err = invalid(err)
		}
		return d.Layout(), err
	}
	return d.Layout(), nil
}

// invalid marks err as the user's to fix (a field of the paper, a character
// no font has, an unusable font file in the settings): the window and the
// command line show its message as it is, not as an internal error.
func invalid(err error) error {
	return data.Wrap(data.EInvalid, err, "%s", err.Error())
}
