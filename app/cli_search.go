package app

import (
	"context"
	"fmt"
	"io"
	"strings"

	"huiwu/data/store"
)

// cmdSearch runs `huiwu search TEXT`: the 纪要 and tasks that hold TEXT,
// each with the sentence that holds it.
func cmdSearch(dir string, args []string, out io.Writer) error {
	if len(args) == 0 || strings.TrimSpace(strings.Join(args, " ")) == "" {
		return usageError{"用法：huiwu search 文字（在纪要和督办事项中查找，三个字以上用全文索引）"}
	}
	q := strings.Join(args, " ")
	return withStore(dir, func(s *store.Store) error {
		hits, err := s.Search(context.Background(), q)
		if err != nil {
			return err
		}
		for _, h := range hits {
			what := map[string]string{"minutes": "纪要", "task": "督办"}[h.Kind]
			fmt.Fprintf(out, "[%s %d] %s\n    %s\n", what, h.ID, h.Title, h.Sentence)
		}
		fmt.Fprintf(out, "共 %d 处\n", len(hits))
		return nil
	})
}
