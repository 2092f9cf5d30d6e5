package app

import (
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"huiwu/data"
	"huiwu/export/paper"
	"huiwu/export/safefile"
)

// cmdPDF renders one paper from its JSON form: huiwu pdf KIND --in F --out F,
// with the office's font files of the data folder's settings. The PDF is
// written to a temporary file and renamed, so a failure leaves any earlier
// file at --out as it was.
func cmdPDF(dir string, args []string, out io.Writer) error {
	bad := usageError{fmt.Sprintf("用法：huiwu pdf 种类 --in 文件.json --out 文件.pdf（种类：%s）", strings.Join(paper.Kinds(), "、"))}
	if len(args) == 0 || strings.HasPrefix(args[0], "-") {
		return bad
	}
	kind := args[0]
	fs := flag.NewFlagSet("pdf", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	in := fs.String("in", "", "input JSON")
	dst := fs.String("out", "", "output PDF")
	if err := fs.Parse(args[1:]); err != nil || fs.NArg() > 0 || *in == "" || *dst == "" {
		return bad
	}
	src, err := os.ReadFile(*in)
	if err != nil {
		return data.Wrap(data.EInvalid, err, "无法读取 %s：%v", *in, err)
	}
	opt := paper.DefaultOptions()
	if opt.FontPaths, err = paperFonts(dir); err != nil {
		return err
	}
	err = safefile.Write(*dst, func(w io.Writer) error {
		return paper.RenderJSON(kind, src, w, opt)
	})
	if err != nil {
		return err
	}
	fmt.Fprintf(out, "已生成 %s\n", *dst)
	return nil
}
