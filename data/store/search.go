package store

import (
	"context"
	"database/sql"
	"strings"
	"unicode/utf8"

	"huiwu/data"
)

// maxHits caps a search's results; a query that common is better narrowed.
const maxHits = 200

// Search finds q in the newest text of every 纪要 and in every task: through
// the trigram index for three characters or more, by a plain scan of the
// same table for shorter queries (a trigram index cannot answer them). Each
// hit carries the sentence that holds q.
func (s *Store) Search(ctx context.Context, q string) ([]data.SearchHit, error) {
	q = data.Clean(q)
	if q == "" || utf8.RuneCountInString(q) > 100 {
		return nil, &data.Error{Code: data.EInvalid, Message: "无法搜索", Problems: []data.Problem{{Field: "搜索", Message: "请输入 1 至 100 个字"}}}
	}
	var out []data.SearchHit
	err := s.docRead(ctx, func(tx *sql.Tx) error {
		query := "SELECT kind, ref, body FROM search_fts WHERE instr(body, ?) > 0 ORDER BY kind, ref DESC LIMIT ?"
		arg := q
		if utf8.RuneCountInString(q) >= 3 {
			query = "SELECT kind, ref, body FROM search_fts WHERE search_fts MATCH ? ORDER BY kind, ref DESC LIMIT ?"
			arg = `"` + strings.ReplaceAll(q, `"`, `""`) + `"`
		}
		rows, err := tx.Query(query, arg, maxHits)
		if err != nil {
			return err
		}
		type raw struct {
			kind string
			ref  int64
			body string
		}
		var found []raw
		for rows.Next() {
			var r raw
			if err := rows.Scan(&r.kind, &r.ref, &r.body); err != nil {
				rows.Close()
				return err
			}
			found = append(found, r)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
		for _, r := range found {
			h := data.SearchHit{Kind: r.kind, ID: r.ref, Sentence: sentenceWith(r.body, q)}
			if r.kind == "minutes" {
				n, err := minutesTx(tx, r.ref)
				if err != nil {
					return err
				}
				h.Title = n.IssueText() + " " + n.MeetingTitle
			} else {
				t, err := taskTx(tx, r.ref)
				if err != nil {
					return err
				}
				h.Title = t.Title
			}
			out = append(out, h)
		}
		return nil
	})
	return out, err
}

// sentenceWith is the sentence of body that holds q: cut at 。！？；and line
// ends, headings' # dropped.
func sentenceWith(body, q string) string {
	start := 0
	runes := []rune(body)
	for i, r := range runes {
		if strings.ContainsRune("。！？；\n", r) {
			if s := string(runes[start : i+1]); strings.Contains(s, q) {
				return strings.TrimSpace(strings.TrimLeft(strings.TrimSpace(s), "# "))
			}
			start = i + 1
		}
	}
	return strings.TrimSpace(strings.TrimLeft(strings.TrimSpace(string(runes[start:])), "# "))
}
