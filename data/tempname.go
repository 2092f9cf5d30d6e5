package data

import "strings"

// TempTarget tells whether name is the temporary file an export is written
// to before it is renamed into place (export/safefile), and for which
// target: ".签到表.xlsx.123456.tmp" is one for "签到表.xlsx". A killed export
// leaves one behind; the next export of the same target, and the store when
// it opens its folders, remove them.
func TempTarget(name string) (target string, ok bool) {
	rest, ok := strings.CutPrefix(name, ".")
	if !ok {
		return "", false
	}
	rest, ok = strings.CutSuffix(rest, ".tmp")
	i := strings.LastIndexByte(rest, '.')
	if !ok || i <= 0 || i == len(rest)-1 {
		return "", false
	}
	for _, r := range rest[i+1:] {
		if r < '0' || r > '9' {
			return "", false
		}
	}
	return rest[:i], true
}
