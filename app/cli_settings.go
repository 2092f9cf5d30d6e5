package app

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"huiwu/data"
	"huiwu/data/store"
	"huiwu/export/typeset"
	"huiwu/rules"
)

const settingsUsage = `用法：
  huiwu settings show   公文印制设置：本单位的字体文件和会议通知发文字号的机关代字
  huiwu settings fonts [--fangsong 路径] [--xiaobiaosong 路径] [--hei 路径] [--kai 路径]
      用本单位购买授权的字体印制公文（仿宋_GB2312、方正小标宋简体、黑体、楷体_GB2312 的 .ttf 文件）；
      只改给出的字体，给出空路径（--kai ""）改回程序自带的字体；保存前检查文件存在、可嵌入 PDF、含公文所需的汉字
  huiwu settings number --prefix 机关代字   会议通知发文字号的机关代字，如 溧政办（印为 溧政办〔2026〕12号）；空则按政府名称（溧阳市人民政府 → 溧政办）
  huiwu settings followup …   跟踪时限与年度发文目标（第二十四、二十七、三十、五十一条），见下`

// cmdSettings shows and changes the office's paper settings (设置 › 公文印制
// in the window): its font files and its notices' 发文字号 prefix.
func cmdSettings(dir string, args []string, out io.Writer) error {
	if len(args) == 0 {
		return usageError{settingsUsage}
	}
	if args[0] == "followup" {
		return cmdSettingsFollowUp(dir, args[1:], out)
	}
	fs := flag.NewFlagSet("settings "+args[0], flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	paths := map[string]*string{}
	var prefix *string
	switch args[0] {
	case "show":
	case "fonts":
		for _, r := range data.FontRoles {
			paths[r.Key] = fs.String(r.Key, "", r.Field)
		}
	case "number":
		prefix = fs.String("prefix", "", "prefix")
	default:
		return usageError{fmt.Sprintf("settings 没有「%s」\n%s", args[0], settingsUsage)}
	}
	if err := fs.Parse(args[1:]); err != nil || fs.NArg() > 0 {
		return usageError{settingsUsage}
	}
	given := map[string]bool{}
	fs.Visit(func(f *flag.Flag) { given[f.Name] = true })
	if args[0] != "show" && len(given) == 0 {
		return usageError{"请给出要改的设置\n" + settingsUsage}
	}
	return withStore(dir, func(s *store.Store) error {
		ctx := context.Background()
		p, err := s.PaperSettings(ctx)
		if err != nil {
			return err
		}
		if args[0] != "show" {
			for k, v := range paths {
				if given[k] {
					p.Fonts[k] = absPath(*v)
				}
			}
			if prefix != nil {
				p.NoticePrefix = *prefix
			}
			if err := s.SetPaperSettings(ctx, p); err != nil {
				return err
			}
			fmt.Fprintln(out, "已保存公文印制设置，并记入审计日志。")
		}
		return printPaperSettings(ctx, s, p, out)
	})
}

// absPath is a font path as saved: absolute, so that it means the same file
// from the window, whatever folder the command ran in; "" stays "".
func absPath(p string) string {
	if p == "" {
		return ""
	}
	if a, err := filepath.Abs(p); err == nil {
		return a
	}
	return p
}

func printPaperSettings(ctx context.Context, s *store.Store, p data.PaperSettings, out io.Writer) error {
	for _, r := range data.FontRoles {
		path := p.Fonts[r.Key]
		if path == "" {
			path = "（程序自带）"
		}
		fmt.Fprintf(out, "%s\t%s\n", typeset.RoleNames[typeset.Role(r.Key)], path)
	}
	prefix := p.NoticePrefix
	if prefix == "" {
		o, err := s.Office(ctx)
		if err != nil {
			return err
		}
		prefix = rules.DefaultNoticePrefix(o.Government) + "（按政府名称）"
	}
	fmt.Fprintf(out, "会议通知发文字号机关代字\t%s\n", prefix)
	return nil
}

// paperFonts are the office's font files for `huiwu pdf`: those of the data
// folder's settings when it has a database, none (the bundled faces) when
// it has none, so that a paper set from JSON prints as the window prints.
// The database is only read: no migration, nothing written.
func paperFonts(dir string) (map[string]string, error) {
	if _, err := os.Stat(filepath.Join(dir, store.DBName)); err != nil {
		return nil, nil
	}
	s, err := store.OpenReadOnly(dir)
	if err != nil {
		return nil, err
	}
	defer s.Close()
	p, err := s.PaperSettings(context.Background())
	return p.FontPaths(), err
}
