package screens

import (
	"strings"

	"fyne.io/fyne/v2/lang"

	"huiwu/data"
)

func roleLabel(r data.Role) string                         { return lang.L("role." + string(r)) }
func kindLabel(k data.UnitKind) string                     { return lang.L("unitkind." + string(k)) }
func dateText(d interface{ Format(string) string }) string { return d.Format(data.DateLayout) }

func rolesText(rs []data.Role) string {
	parts := make([]string, len(rs))
	for i, r := range rs {
		parts[i] = roleLabel(r)
	}
	return strings.Join(parts, "、")
}
