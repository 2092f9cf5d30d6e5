package app

import (
	"context"
	"flag"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"huiwu/data"
	"huiwu/data/store"
	"huiwu/export/gather"
	"huiwu/export/safefile"
)

// minutesExports are the `huiwu export` kinds made from a meeting's 纪要.
var minutesExports = map[string]bool{"minutes": true, "signoff": true}

// cmdExportMinutes writes a meeting's 纪要, its 送审稿 (--draft, before
// 签发) or its 审签单 as PDF, through safefile and with the audit head.
func cmdExportMinutes(dir string, args []string, out io.Writer) error {
	what := args[0]
	fs := flag.NewFlagSet("export "+what, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	id := fs.Int64("meeting", 0, "meeting ID")
	dst := fs.String("out", "", "output file")
	draft := fs.Bool("draft", false, "the 送审稿 before 签发")
	if err := fs.Parse(args[1:]); err != nil || fs.NArg() > 0 || *dst == "" || *draft && what != "minutes" {
		return usageError{exportUsage}
	}
	if *id <= 0 {
		return usageError{"请用 --meeting 指定会议编号（见 huiwu meeting list）"}
	}
	if strings.ToLower(filepath.Ext(*dst)) != ".pdf" {
		return usageError{"纪要和审签单只能导出为 .pdf"}
	}
	return withStore(dir, func(s *store.Store) error {
		ctx := context.Background()
		mid, err := s.MinutesForMeeting(ctx, *id)
		if err != nil {
			return err
		}
		if mid == 0 {
			return data.Errorf(data.ENotFound, "会议（编号 %d）还没有纪要", *id)
		}
		var p gather.Writer
		if *draft {
			p, err = sources(s).MinutesDraft(ctx, mid)
		} else {
			p, err = sources(s).MinutesPaper(ctx, mid, what == "minutes")
		}
		if err != nil {
			return err
		}
		if err := safefile.Write(*dst, p); err != nil {
			return err
		}
		fmt.Fprintf(out, "已导出 %s\n", *dst)
		return nil
	})
}
