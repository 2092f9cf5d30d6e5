package app

import (
	"context"
	"fmt"
	"io"
	"strings"

	"huiwu/data/store"
)

// hitKinds names each kind of search hit as the screen's search does.
var hitKinds = map[string]string{
	"person": "人员", "unit": "单位", "meeting": "会议", "topic": "议题",
	"document": "公文", "minutes": "纪要", "task": "督办",
}

// cmdSearch runs `huiwu search TEXT`: every record that holds TEXT — people,
// units, meetings, topics, documents, 纪要 (any version) and tasks — each
// with its id and the sentence that holds it.
func cmdSearch(dir string, args []string, out io.Writer) error {
	if len(args) == 0 || strings.TrimSpace(strings.Join(args, " ")) == "" {
		return usageError{"用法：huiwu search 文字（在人员、单位、会议、议题、公文、纪要及其各版本、督办事项中查找，一个字起即可）"}
	}
	q := strings.Join(args, " ")
	return withStore(dir, func(s *store.Store) error {
		hits, err := s.Search(context.Background(), q)
		if err != nil {
			return err
		}
		for _, h := range hits {
			fmt.Fprintf(out, "[%s %d] %s\n    %s\n", hitKinds[h.Kind], h.ID, h.Title, h.Sentence)
		}
		fmt.Fprintf(out, "共 %d 处\n", len(hits))
		return nil
	})
}
