package app

import (
	"context"
	"fmt"
	"io"
	"os"

	"huiwu/data"
	"huiwu/data/store"
	"huiwu/export/xlsximport"
)

// cmdImport: huiwu import roster FILE.xlsx — read the sheet, report every bad
// row, and import all rows in one transaction or none.
func cmdImport(dir string, args []string, out io.Writer) error {
	if len(args) != 2 || args[0] != "roster" {
		return usageError{"用法：huiwu import roster 名册.xlsx"}
	}
	f, err := os.Open(args[1])
	if err != nil {
		return data.Wrap(data.EInvalid, err, "无法打开 %s：%v", args[1], err)
	}
	defer f.Close()
	res, err := xlsximport.ReadRoster(f, xlsximport.DefaultLimits)
	if err != nil {
		return err
	}
	if len(res.Problems) > 0 {
		for _, p := range res.Problems {
			fmt.Fprintln(out, p)
		}
		return data.Errorf(data.EInvalid, "%s 有 %d 处问题，整批未导入", args[1], len(res.Problems))
	}
	rows := make([]data.ImportRow, len(res.Rows))
	for i, r := range res.Rows {
		rows[i] = data.ImportRow{Line: r.Line, BatchPerson: r.Person}
	}
	return withStore(dir, func(s *store.Store) error {
		n, err := s.ImportPeople(context.Background(), rows)
		if err != nil {
			for _, p := range data.ProblemsOf(err) {
				fmt.Fprintf(out, "%s：%s\n", p.Field, p.Message)
			}
			return err
		}
		fmt.Fprintf(out, "已从 %s 导入 %d 人\n", args[1], n)
		return nil
	})
}
