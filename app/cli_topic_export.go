package app

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"huiwu/data"
	"huiwu/data/store"
	"huiwu/export/gather"
	"huiwu/export/meetingpdf"
	"huiwu/export/paper"
	"huiwu/export/safefile"
)

// topicExports are the `huiwu export` kinds made from a meeting's topics.
var topicExports = map[string]bool{"notice": true, "agenda": true, "invitations": true, "topics": true}

const topicExportUsage = `用法：
  huiwu export notice|agenda --meeting 编号 --out 文件.pdf [--office 署名] [--contact 联系人及电话] [--date 日期]
  huiwu export agenda --meeting 编号 --out 文件.xlsx
  huiwu export invitations --meeting 编号 --out 文件.pdf|文件夹 [--office 署名] [--contact 联系人及电话] [--date 日期]
  huiwu export topics --month 2026-12 --out 文件.xlsx`

// cmdExportTopic writes the 会议通知, the 议程, the 邀请函 or the 议题登记表.
func cmdExportTopic(dir string, args []string, out io.Writer) error {
	what := args[0]
	fs := flag.NewFlagSet("export "+what, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	id := fs.Int64("meeting", 0, "meeting ID")
	dst := fs.String("out", "", "output")
	month := fs.String("month", "", "month")
	office := fs.String("office", "", "signing office")
	contact := fs.String("contact", "", "contact")
	date := fs.String("date", "", "date printed")
	if err := fs.Parse(args[1:]); err != nil || fs.NArg() > 0 || *dst == "" {
		return usageError{topicExportUsage}
	}
	ext := strings.ToLower(filepath.Ext(*dst))
	if what == "topics" {
		m, err := data.ParseDate(*month + "-01")
		if err != nil || ext != ".xlsx" {
			return usageError{"议题登记表须用 --month 2026-12 指定月份，导出为 .xlsx"}
		}
		return finish(out, *dst, withStore(dir, func(s *store.Store) error { return exportTopicBook(s, m, *dst) }))
	}
	if *id <= 0 {
		return usageError{"请用 --meeting 指定会议编号（见 huiwu meeting list）"}
	}
	folder := what == "invitations" && ext == ""
	if !folder && ext != ".pdf" && !(what == "agenda" && ext == ".xlsx") {
		return usageError{fmt.Sprintf("%s 不能导出为「%s」\n%s", what, ext, topicExportUsage)}
	}
	return finish(out, *dst, withStore(dir, func(s *store.Store) error {
		ctx := context.Background()
		info, err := sources(s).NoticeInfo(ctx)
		if err != nil {
			return err
		}
		// The command line's --office and --contact win over the settings.
		if *office != "" {
			info.Office = *office
		}
		if *contact != "" {
			info.Contact = *contact
		}
		if *date != "" {
			d, err := data.ParseDate(*date)
			if err != nil {
				return usageError{"--date：" + data.ErrorMessage(err)}
			}
			info.Date, info.Fixed = paper.Date{Time: d}, true
		}
		mt, err := sources(s).MeetingTopics(ctx, *id)
		if err != nil {
			return err
		}
		o := mt.Options
		var p gather.Writer
		switch {
		case what == "notice":
			p, err = mt.Notice(info)
		case what == "agenda" && ext == ".xlsx":
			p = mt.AgendaBook()
		case what == "agenda":
			p, err = mt.Agenda()
		}
		if err != nil {
			return err
		}
		if p != nil {
			return safefile.Write(*dst, p)
		}
		v, err := mt.Invitations(ctx, info)
		if err != nil {
			return err
		}
		if !folder {
			return safefile.Write(*dst, func(w io.Writer) error { return meetingpdf.Write(w, v, o) })
		}
		// One PDF per invitee in the folder, named after the invitee.
		if err := os.MkdirAll(*dst, 0o755); err != nil {
			return data.Wrap(data.EInternal, err, "无法创建文件夹 %s：%v", *dst, err)
		}
		for i, g := range v.Invitees {
			one := *v
			one.Invitees = v.Invitees[i : i+1]
			name := filepath.Join(*dst, fmt.Sprintf("%02d-邀请函-%s.pdf", i+1, g.Name))
			if err := safefile.Write(name, func(w io.Writer) error { return meetingpdf.Write(w, &one, o) }); err != nil {
				return err
			}
		}
		return nil
	}))
}

func finish(out io.Writer, dst string, err error) error {
	if err != nil {
		return err
	}
	fmt.Fprintf(out, "已生成 %s\n", dst)
	return nil
}

// exportTopicBook writes the 议题登记表 of the meetings starting in month,
// with one agenda sheet per meeting that has topics.
func exportTopicBook(s *store.Store, month time.Time, dst string) error {
	book, err := sources(s).TopicRegister(context.Background(), month)
	if err != nil {
		return err
	}
	return safefile.Write(dst, book)
}
