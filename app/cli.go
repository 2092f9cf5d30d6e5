package app

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"

	_ "earlycache"  // before Fyne's init: a widget out of sight is redrawn after 15 s, not a minute
	_ "earlylocale" // before Fyne's init: no locale error under LANG=C.UTF-8

	"huiwu/data"
	"huiwu/data/store"
)

// usageError is a command line that does not parse; it exits with status 2.
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

const usage = `用法 / usage:
  huiwu [--data 目录]                 打开图形界面（默认）
  huiwu [--data 目录] demo [--seed N] [--years N]  向空数据库载入演示数据（--years：生成 N 年的历史，用于性能测试）
  huiwu [--data 目录] check            检查完整性、外键、审计链、每行记录与文件之外记下的审计头（有问题时退出码非零）
  huiwu [--data 目录] audit verify [--head 序号:哈希]
  huiwu [--data 目录] import roster 名册.xlsx  按表头导入人员（全部成功或全部不导入）
  huiwu [--data 目录] backup [--to 目录]   立即备份
  huiwu [--data 目录] restore 备份文件         校验后从备份恢复（.hwb、.db.zst，早期版本的 .db 亦可；原文件改名保留）
  huiwu [--data 目录] pdf 种类 --in 文件.json --out 文件.pdf   用数据目录中设置的本单位字体（若有）
  huiwu [--data 目录] settings show|fonts|number …   公文印制：本单位的字体文件、通知发文字号（huiwu settings 查看用法）
  huiwu [--data 目录] people list [--unit 单位] [--order protocol|strokes]   人员名单，姓名在前（礼宾顺序或按姓氏笔画）
  huiwu [--data 目录] meeting list [--year 年] [--kind 类型] [--status 状态]
  huiwu [--data 目录] leave list --meeting 会议编号   会议的请假，列出请假编号（供 export leave 使用）
  huiwu [--data 目录] topic list [--meeting 会议编号] [--state 状态] [--month 年-月] [--q 关键词]
  huiwu [--data 目录] export 种类 …        导出签到表、出勤记录、出勤统计（huiwu export 查看用法）
  huiwu [--data 目录] doc list [--state 状态]   公文登记簿（逾期未回复的会签单位一并列出）
  huiwu [--data 目录] minutes list [--year 年] [--stage 阶段]   纪要及其签发进度（第四十六条）
  huiwu [--data 目录] task list [--overdue]   督办事项，逾期在前（第三十六至三十八条）
  huiwu [--data 目录] leave trip|trips|decide|return …   外出请假、审批与销假（第六十一条；huiwu leave 查看用法）
  huiwu [--data 目录] proposal add|list|reply|publish …   人大代表建议、政协委员提案的交办、答复与公开（第三十条；huiwu proposal 查看用法）
  huiwu [--data 目录] issued add|list …   以市政府或办公室名义发文登记与年度目标（第五十、五十一条；huiwu issued 查看用法）
  huiwu [--data 目录] settings followup [--npc-days 天 …]   跟踪时限与年度发文目标（第二十四、二十七、三十、五十一条；huiwu settings 查看用法）
  huiwu [--data 目录] filing add|list|register|review|order …   镇、部门规范性文件备案登记（第十九条；huiwu filing 查看用法）
  huiwu [--data 目录] search 文字   在人员、单位、会议、议题、公文、纪要（各版本）和督办事项中查找，一个字起即可
  huiwu [--data 目录] workday add --from 日期 --days N   日期后第 N 个工作日
  huiwu [--data 目录] workday is 日期   是否工作日（调休、节假日按国务院安排）
  huiwu [--data 目录] workday years     节假日安排覆盖的年份
  huiwu [--data 目录] workday set --year 年 --source 依据 --in 文件   录入一年的节假日安排
  huiwu [--data 目录] version
  huiwu --help | help 命令         显示用法（help 命令：只显示该命令的用法）
退出码：0 成功；1 程序或数据文件出错；2 命令行有误；3 输入有误（种类不存在、文件夹不存在、记录不存在等）。
数据目录默认为 %s，也可用环境变量 HUIWU_DATA 指定。
`

// Main runs the program with args (without the program name) and returns
// the exit status (exitFor): 0 on success, 1 on the program's or the data's
// failure, 2 on a command line that does not parse, 3 on wrong input.
func Main(args []string, meta Meta, stdout, stderr io.Writer) int {
	err := run(args, meta, stdout)
	var ue usageError
	switch {
	case err == nil:
	case errors.As(err, &ue):
		fmt.Fprintf(stderr, "%s\n\n"+usage, ue.msg, defaultDataDir())
	default:
		fmt.Fprintf(stderr, "错误：%s [%s]\n", data.ErrorMessage(err), data.ErrorCode(err))
	}
	return exitFor(err)
}

func run(args []string, meta Meta, out io.Writer) error {
	fs := flag.NewFlagSet("huiwu", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	dir := fs.String("data", "", "data folder")
	if err := fs.Parse(args); isHelp(err) {
		return printHelp(out, "")
	} else if err != nil {
		return usageError{"参数错误：" + err.Error()}
	}
	dataDir := *dir
	if dataDir == "" {
		dataDir = defaultDataDir()
	}
	rest := fs.Args()
	if len(rest) == 0 {
		return runGUI(dataDir, meta)
	}
	switch {
	case rest[0] == "help" && len(rest) > 1:
		return printHelp(out, rest[1])
	case wantsHelp(rest[1:]):
		return printHelp(out, rest[0])
	}
	switch rest[0] {
	case "demo":
		return cmdDemo(dataDir, rest[1:], out)
	case "check":
		return cmdCheck(dataDir, out)
	case "audit":
		return cmdAudit(dataDir, rest[1:], out)
	case "pdf":
		return cmdPDF(dataDir, rest[1:], out)
	case "import":
		return cmdImport(dataDir, rest[1:], out)
	case "backup":
		return cmdBackup(dataDir, rest[1:], out)
	case "restore":
		return cmdRestore(dataDir, rest[1:], out)
	case "meeting":
		return cmdMeeting(dataDir, rest[1:], out)
	case "topic":
		return cmdTopic(dataDir, rest[1:], out)
	case "export":
		return cmdExport(dataDir, rest[1:], out)
	case "doc":
		return cmdDoc(dataDir, rest[1:], out)
	case "minutes":
		return cmdMinutes(dataDir, rest[1:], out)
	case "task":
		return cmdTask(dataDir, rest[1:], out)
	case "leave":
		return cmdLeave(dataDir, rest[1:], out)
	case "filing":
		return cmdFiling(dataDir, rest[1:], out)
	case "proposal":
		return cmdProposal(dataDir, rest[1:], out)
	case "issued":
		return cmdIssued(dataDir, rest[1:], out)
	case "settings":
		return cmdSettings(dataDir, rest[1:], out)
	case "search":
		return cmdSearch(dataDir, rest[1:], out)
	case "people":
		return cmdPeople(dataDir, rest[1:], out)
	case "workday":
		return cmdWorkday(dataDir, rest[1:], out)
	case "version":
		return cmdVersion(dataDir, meta, out)
	case "help":
		return printHelp(out, "")
	}
	return usageError{fmt.Sprintf("未知命令「%s」", rest[0])}
}

// defaultDataDir is HUIWU_DATA, else the OS user config folder's huiwu.
func defaultDataDir() string {
	if d := os.Getenv("HUIWU_DATA"); d != "" {
		return d
	}
	base, err := os.UserConfigDir()
	if err != nil {
		base = "."
	}
	return filepath.Join(base, "huiwu")
}

func withStore(dir string, fn func(*store.Store) error) error {
	s, err := store.Open(dir)
	if err != nil {
		return err
	}
	if err := fn(s); err != nil {
		s.Close()
		return err
	}
	return s.Close()
}

func cmdDemo(dir string, args []string, out io.Writer) error {
	fs := flag.NewFlagSet("demo", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	seed := fs.Uint64("seed", 1, "seed")
	years := fs.Int("years", 0, "years")
	if err := fs.Parse(args); err != nil || fs.NArg() > 0 || *years < 0 || *years > 30 {
		return usageError{"demo 只接受 --seed N 和 --years N（1—30）"}
	}
	return withStore(dir, func(s *store.Store) error {
		ctx := context.Background()
		if *years > 0 {
			return s.LoadDecade(ctx, *seed, *years, out)
		}
		if err := loadDemo(ctx, s, *seed); err != nil {
			return err
		}
		st, err := s.Status(ctx)
		if err != nil {
			return err
		}
		fmt.Fprintf(out, "已载入演示数据：%d 个单位，%d 名人员。数据文件：%s\n", st.Units, st.People, st.DBPath)
		return nil
	})
}

func cmdCheck(dir string, out io.Writer) error {
	// The check reads half a million audit entries and the ledger's rows
	// through the driver, which leaves garbage on every row while little
	// stays live: at Go's default the collector ran some 130 times in a
	// check of ten years of data. A few times a live heap of some megabytes
	// is nothing to a command that ends with the check (issue 19: about a
	// twentieth of the check's CPU time).
	defer debug.SetGCPercent(debug.SetGCPercent(400))
	return withStore(dir, func(s *store.Store) error {
		r, err := s.Check(context.Background())
		if err != nil {
			return err
		}
		printCheck(out, r)
		if !r.OK() {
			return data.Errorf(data.EDamaged, "检查未通过")
		}
		return nil
	})
}

func printCheck(out io.Writer, r store.CheckReport) {
	printLines(out, "完整性检查", r.Integrity)
	printLines(out, "外键检查", r.Foreign)
	printTrail(out, r)
}

// printTrail prints the audit chain, the rows held to it and the heads
// recorded outside the file.
func printTrail(out io.Writer, r store.CheckReport) {
	printAudit(out, r.Audit)
	printLines(out, fmt.Sprintf("记录核对（%d 行，对照审计日志）", r.LedgerRows), r.Ledger)
	printLines(out, fmt.Sprintf("审计头对照（文件之外记下的 %d 处）", r.AnchorsChecked), r.Anchors)
}

func printLines(out io.Writer, what string, problems []string) {
	if len(problems) == 0 {
		fmt.Fprintf(out, "%s：通过\n", what)
		return
	}
	fmt.Fprintf(out, "%s：发现 %d 处问题\n  %s\n", what, len(problems), strings.Join(problems, "\n  "))
}

func printAudit(out io.Writer, a store.AuditReport) {
	if a.OK() {
		fmt.Fprintf(out, "审计日志：通过，共 %d 条，审计头 %s\n", a.Entries, a.Head)
		return
	}
	fmt.Fprintf(out, "审计日志：第 %d 条%s\n", a.FirstBad, a.Problem)
}

func cmdAudit(dir string, args []string, out io.Writer) error {
	if len(args) == 0 || args[0] != "verify" {
		return usageError{"用法：huiwu audit verify [--head 序号:哈希]"}
	}
	fs := flag.NewFlagSet("audit verify", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	head := fs.String("head", "", "printed audit head")
	if err := fs.Parse(args[1:]); err != nil || fs.NArg() > 0 {
		return usageError{"用法：huiwu audit verify [--head 序号:哈希]"}
	}
	return withStore(dir, func(s *store.Store) error {
		ctx := context.Background()
		r, err := s.VerifyTrail(ctx)
		if err != nil {
			return err
		}
		printTrail(out, r)
		if !r.OK() {
			return data.Errorf(data.EDamaged, "审计日志校验未通过")
		}
		if *head != "" {
			if err := s.CheckHead(ctx, *head); err != nil {
				return err
			}
			fmt.Fprintf(out, "打印件上的审计头 %s：与日志相符\n", *head)
		}
		return nil
	})
}

func cmdVersion(dir string, meta Meta, out io.Writer) error {
	fmt.Fprintln(out, meta.String())
	printBuild(out)
	fmt.Fprintf(out, "数据文件夹：%s\n", dir)
	fmt.Fprintf(out, "程序支持的数据结构版本：%d\n", store.SchemaVersion())
	if _, err := os.Stat(filepath.Join(dir, store.DBName)); err != nil {
		fmt.Fprintln(out, "数据文件：尚未创建")
		return nil
	}
	err := withStore(dir, func(s *store.Store) error {
		st, err := s.Status(context.Background())
		if err != nil {
			return err
		}
		fmt.Fprintf(out, "数据文件结构版本：%d\n审计头：%s\n", st.SchemaVersion, st.Head)
		return nil
	})
	if err != nil {
		fmt.Fprintf(out, "数据文件：无法打开（%s）\n", data.ErrorMessage(err))
	}
	return nil
}
