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
	"huiwu/export/meetingpdf"
	"huiwu/export/paper"
	"huiwu/export/safefile"
	"huiwu/rules"
)

const exportUsage = `用法：
  huiwu export signin --meeting 编号 --out 文件.xlsx|文件.pdf [--recorder 姓名]
  huiwu export attendance --meeting 编号 --out 文件.xlsx
  huiwu export leave --meeting 编号 --leave 请假编号 --out 文件.pdf
  huiwu export seating|seating-list --meeting 编号 --out 文件.pdf [--layout rostrum|long_table] [--per-side N]
  huiwu export tablecards --meeting 编号 --out 文件.pdf [--face hei|song|kai] [--size 磅]
  huiwu export ics --meeting 编号 | --from 日期 --to 日期 --out 文件.ics
  huiwu export attendance-stats --from 2026-01-01 --to 2026-12-31 --out 文件.xlsx
  huiwu export docform|countersign --doc 公文编号 --out 文件.pdf
  huiwu export docs --from 2026-01-01 --to 2026-12-31 --out 文件.xlsx
  huiwu export notice|agenda|invitations --meeting 编号 --out 文件.pdf（邀请函也可导出到文件夹，每人一份）
  huiwu export topics --month 2026-12 --out 文件.xlsx
  huiwu export minutes|signoff --meeting 会议编号 --out 文件.pdf
  huiwu export minutes --draft --meeting 会议编号 --out 文件.pdf（签发前的送审稿）
  huiwu export tasks|task-report --from 日期 --to 日期 --out 文件.xlsx（督办台账、督办通报）`

// cmdExport writes one of the meeting papers. Every file goes through
// safefile, so a failure leaves an earlier file at --out as it was.
func cmdExport(dir string, args []string, out io.Writer) error {
	if len(args) == 0 {
		return usageError{exportUsage}
	}
	what := args[0]
	if docExports[what] {
		return cmdExportDoc(dir, args, out)
	}
	if minutesExports[what] {
		return cmdExportMinutes(dir, args, out)
	}
	if taskExports[what] {
		return cmdExportTasks(dir, args, out)
	}
	if topicExports[what] {
		return cmdExportTopic(dir, args, out)
	}
	fs := flag.NewFlagSet("export "+what, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	id := fs.Int64("meeting", 0, "meeting ID")
	dst := fs.String("out", "", "output file")
	from := fs.String("from", "", "first day")
	to := fs.String("to", "", "last day")
	recorder := fs.String("recorder", "", "recorder")
	leave := fs.Int64("leave", 0, "leave request ID")
	layout := fs.String("layout", "", "seating layout")
	perSide := fs.Int("per-side", 0, "seats per side")
	face := fs.String("face", "", "table card face")
	size := fs.Float64("size", 0, "table card size")
	if err := fs.Parse(args[1:]); err != nil || fs.NArg() > 0 || *dst == "" {
		return usageError{exportUsage}
	}
	ext := strings.ToLower(filepath.Ext(*dst))
	var run func(*store.Store) error
	switch what {
	case "signin", "attendance", "leave", "seating", "seating-list", "tablecards":
		if *id <= 0 {
			return usageError{"请用 --meeting 指定会议编号（见 huiwu meeting list）"}
		}
		if what == "leave" && *leave <= 0 {
			return usageError{"请用 --leave 指定请假编号（见会议页的请假一栏）"}
		}
		if *layout != "" && *layout != string(rules.Rostrum) && *layout != string(rules.LongTable) {
			return usageError{"--layout 应为 rostrum（主席台）或 long_table（长桌）"}
		}
		o := meetingpdf.Options{Recorder: *recorder, Layout: rules.Layout(*layout), PerSide: *perSide, Card: paper.CardOptions{Face: *face, SizePt: *size}}
		run = func(s *store.Store) error { return exportMeeting(s, what, *id, *leave, *dst, ext, o) }
	case "ics":
		if *id <= 0 && (*from == "" || *to == "") {
			return usageError{"请用 --meeting 指定会议，或用 --from 和 --to 指定期间"}
		}
		if ext != ".ics" {
			return usageError{"日历只能导出为 .ics"}
		}
		run = func(s *store.Store) error { return exportICS(s, *id, *from, *to, *dst) }
	case "attendance-stats":
		f, err := data.ParseDate(*from)
		if err != nil {
			return usageError{"--from：" + data.ErrorMessage(err)}
		}
		t, err := data.ParseDate(*to)
		if err != nil {
			return usageError{"--to：" + data.ErrorMessage(err)}
		}
		if ext != ".xlsx" {
			return usageError{"出勤统计只能导出为 .xlsx"}
		}
		run = func(s *store.Store) error {
			book, err := sources(s).AttendanceStats(context.Background(), f, t)
			if err != nil {
				return err
			}
			return safefile.Write(*dst, book)
		}
	default:
		return usageError{fmt.Sprintf("未知导出种类「%s」\n%s", what, exportUsage)}
	}
	if err := withStore(dir, run); err != nil {
		return err
	}
	fmt.Fprintf(out, "已生成 %s\n", *dst)
	return nil
}

// exportMeeting writes one paper of a meeting: the 签到表 or 出勤记录
// workbook, or a drawn paper with o's layout.
func exportMeeting(s *store.Store, what string, id, leave int64, dst, ext string, o meetingpdf.Options) error {
	ctx, src := context.Background(), sources(s)
	var paper gather.Writer
	var err error
	switch {
	case what == "signin" && ext == ".xlsx":
		paper, err = src.SignInBook(ctx, id, o.Recorder)
	case what == "attendance" && ext == ".xlsx":
		paper, err = src.AttendanceBook(ctx, id)
	case what == "leave" && ext == ".pdf":
		paper, err = src.LeaveForm(ctx, id, leave, o)
	case (what == "signin" || what == "seating" || what == "seating-list" || what == "tablecards") && ext == ".pdf":
		paper, err = src.MeetingPaper(ctx, id, what, o)
	default:
		return usageError{fmt.Sprintf("%s 不能导出为「%s」\n%s", what, ext, exportUsage)}
	}
	if err != nil {
		return err
	}
	return safefile.Write(dst, paper)
}

// sources are the store's services as the papers read them.
func sources(s *store.Store) gather.Sources {
	return gather.Sources{Meetings: s, Topics: s, Minutes: s, Documents: s, Tasks: s, Status: s, Office: s, Now: s.Now}
}
