package app

import (
	"fmt"
	"io"

	"huiwu/app/buildinfo"
)

// buildDate is the day the release build was made (YYYY-MM-DD). The
// Makefile's release targets set it with
//
//	-ldflags "-X huiwu/app.buildDate=2026-11-28"
//
// so it must stay an uninitialised package-level string variable: the
// linker can only overwrite such a variable.
var buildDate string

// devBuild is what the build date reads when the binary came from go run,
// go build or go test without the flag: a secretary reporting a problem
// with such a binary is not running a released version.
const devBuild = "开发版本"

// BuildDate is the build date, or 开发版本 for a binary built without it.
func BuildDate() string {
	if buildDate == "" {
		return devBuild
	}
	return buildDate
}

// printBuild writes the platform and commit lines of `huiwu version`, the
// same facts the 关于 dialog shows, so a secretary can read either one out.
func printBuild(out io.Writer) {
	fmt.Fprintf(out, "运行环境：%s\n", buildinfo.Platform())
	if rev, modified := buildinfo.Revision(); rev != "" {
		if modified {
			rev += "（含未提交的改动）"
		}
		fmt.Fprintf(out, "源码版本：%s\n", rev)
	}
}
