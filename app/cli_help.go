package app

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"slices"
	"strings"

	"huiwu/data"
)

// The exit statuses of the command line.
const (
	exitOK    = 0
	exitError = 1 // the program or the data failed (internal, damaged, locked …)
	exitUsage = 2 // the command line does not parse
	exitInput = 3 // the command was understood but its input is wrong: an unknown kind, a missing folder, a record that does not exist
)

// exitFor is the status an error leaves the program with: a user's mistake
// is told apart from the program's own failure, so that a script (and the
// secretary reading 「[invalid]」) knows which of them to fix.
func exitFor(err error) int {
	var ue usageError
	switch {
	case err == nil:
		return exitOK
	case errors.As(err, &ue):
		return exitUsage
	case errors.Is(err, errUnverified):
		return exitError // an answer given but not verified: unsure, not wrong
	}
	switch data.ErrorCode(err) {
	case data.EInvalid, data.ENotFound, data.EDuplicate, data.EReferenced:
		return exitInput
	}
	return exitError
}

// commandUsage is the detailed usage of the commands that have one beyond
// their line in usage.
var commandUsage = map[string]string{
	"doc": docUsage, "export": exportUsage + "\n" + strings.TrimPrefix(topicExportUsage, "用法：\n"), "meeting": meetingUsage, "minutes": minutesUsage,
	"task": taskUsage, "topic": topicUsage, "workday": workdayUsage, "people": peopleUsage, "leave": leaveUsage,
	"proposal": proposalUsage, "issued": issuedUsage, "settings": settingsUsage + "\n" + followUpUsage,
}

// wantsHelp tells whether args ask for help: -h, -help or --help anywhere.
func wantsHelp(args []string) bool {
	return slices.ContainsFunc(args, func(a string) bool { return a == "-h" || a == "-help" || a == "--help" })
}

// printHelp prints the usage of command (every command when it is ""), in
// Chinese, to out.
func printHelp(out io.Writer, command string) error {
	all := fmt.Sprintf(usage, defaultDataDir())
	if command == "" {
		fmt.Fprint(out, all)
		return nil
	}
	var lines []string
	for _, l := range strings.Split(all, "\n") {
		if f := strings.Fields(strings.TrimPrefix(strings.TrimSpace(l), "huiwu [--data 目录]")); len(f) > 0 && f[0] == command {
			lines = append(lines, l)
		}
	}
	if len(lines) == 0 {
		return usageError{fmt.Sprintf("未知命令「%s」", command)}
	}
	fmt.Fprintln(out, "用法 / usage:")
	fmt.Fprintln(out, strings.Join(lines, "\n"))
	if more, ok := commandUsage[command]; ok {
		for _, l := range strings.Split(strings.TrimPrefix(strings.TrimSpace(more), "用法："), "\n") {
			if l = strings.TrimSpace(l); l != "" && l != "用法：" {
				fmt.Fprintln(out, "  "+l)
			}
		}
	}
	return nil
}

// isHelp tells whether a flag set's error is -h or --help.
func isHelp(err error) bool { return errors.Is(err, flag.ErrHelp) }
