package app

import (
	"context"
	"flag"
	"fmt"
	"io"

	"huiwu/data"
	"huiwu/data/store"
)

const followUpUsage = `用法（跟踪时限：第二十四、二十七、三十、五十一条）：
  huiwu settings followup                     列出各项时限与年度发文目标
  huiwu settings followup [--publish-days 天] [--evaluate-months 月] [--npc-days 天] [--cppcc-days 天] [--issue-target 件]
      只改所给的项，其余不变；--issue-target 0 为不设目标`

// followUpFlags are the flags of `settings followup`, each with its field
// and the name the settings are printed under.
func followUpFlags(fs *data.FollowUpSettings) []struct {
	flag, name string
	dst        *int
} {
	return []struct {
		flag, name string
		dst        *int
	}{
		{"publish-days", "决定公布时限（天，第二十七条）", &fs.PublishDays},
		{"evaluate-months", "跟踪评估时限（月，第二十四条）", &fs.EvaluateMonths},
		{"npc-days", "人大代表建议办理时限（天，第三十条）", &fs.NPCDays},
		{"cppcc-days", "政协委员提案办理时限（天，第三十条）", &fs.CPPCCDays},
		{"issue-target", "年度发文目标（件，第五十一条，0 为不设）", &fs.IssueTarget},
	}
}

// cmdSettingsFollowUp runs `huiwu settings followup …` (args after
// followup): prints the follow-up settings, or changes the ones given (each
// change audited by the store).
func cmdSettingsFollowUp(dir string, args []string, out io.Writer) error {
	fset := flag.NewFlagSet("settings followup", flag.ContinueOnError)
	fset.SetOutput(io.Discard)
	given := map[string]*int{}
	var probe data.FollowUpSettings
	for _, f := range followUpFlags(&probe) {
		given[f.flag] = fset.Int(f.flag, 0, f.name)
	}
	if err := fset.Parse(args); err != nil || fset.NArg() > 0 {
		return usageError{followUpUsage}
	}
	set := map[string]bool{}
	fset.Visit(func(f *flag.Flag) { set[f.Name] = true })
	ctx := context.Background()
	return withStore(dir, func(s *store.Store) error {
		fs, err := s.FollowUpSettings(ctx)
		if err != nil {
			return err
		}
		fields := followUpFlags(&fs)
		if len(set) > 0 {
			for _, f := range fields {
				if set[f.flag] {
					*f.dst = *given[f.flag]
				}
			}
			if err := s.SaveFollowUpSettings(ctx, fs); err != nil {
				return err
			}
			fmt.Fprintln(out, "已保存跟踪时限：")
		}
		for _, f := range fields {
			fmt.Fprintf(out, "%s：%d\n", f.name, *f.dst)
		}
		return nil
	})
}
