package store

import (
	"context"
	"encoding/json"
	"sort"
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
	err := s.docRead(ctx, func(tx *Tx) error {
		query := "SELECT kind, ref, body FROM search_fts WHERE instr(body, ?) > 0 ORDER BY rowid DESC LIMIT ?"
		arg := q
		if utf8.RuneCountInString(q) >= 3 {
			query = "SELECT kind, ref, body FROM search_fts WHERE search_fts MATCH ? ORDER BY rowid DESC LIMIT ?"
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
		// The index is read newest row first so that LIMIT stops the scan
		// early (ORDER BY kind, ref made SQLite read and sort every match,
		// and a one- or two-character query scan every text); the hits are
		// then put in the order the screen lists them, 纪要 before tasks,
		// newest first.
		sort.SliceStable(found, func(i, j int) bool {
			if found[i].kind != found[j].kind {
				return found[i].kind < found[j].kind
			}
			return found[i].ref > found[j].ref
		})
		// The hits' titles in two queries, not one or two per hit: 200 hits
		// took most of a search's time on a decade's data.
		var minutesIDs, taskIDs []int64
		for _, r := range found {
			if r.kind == "minutes" {
				minutesIDs = append(minutesIDs, r.ref)
			} else {
				taskIDs = append(taskIDs, r.ref)
			}
		}
		titles := map[string]map[int64]string{}
		for kind, q := range map[string]string{
			"minutes": "SELECT n.id, '〔' || n.year || '〕第' || n.issue || '期 ' || m.title" + minutesFrom + " WHERE n.id IN (SELECT value FROM json_each(?))",
			"task":    "SELECT id, title FROM tasks WHERE id IN (SELECT value FROM json_each(?))",
		} {
			ids := taskIDs
			if kind == "minutes" {
				ids = minutesIDs
			}
			var err error
			if titles[kind], err = idTitles(tx, q, ids); err != nil {
				return err
			}
		}
		for _, r := range found {
			title, ok := titles[r.kind][r.ref]
			if !ok {
				return data.Errorf(data.ENotFound, "搜索结果（%s %d）已不存在", r.kind, r.ref)
			}
			out = append(out, data.SearchHit{Kind: r.kind, ID: r.ref, Title: title, Sentence: sentenceWith(r.body, q)})
		}
		return nil
	})
	return out, err
}

// idTitles runs q, which selects (id, title) for the JSON array of ids it
// is given, into a map.
func idTitles(tx *Tx, q string, ids []int64) (map[int64]string, error) {
	out := map[int64]string{}
	if len(ids) == 0 {
		return out, nil
	}
	arg, err := json.Marshal(ids)
	if err != nil {
		return nil, err
	}
	rows, err := tx.Query(q, string(arg))
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	for rows.Next() {
		var id int64
		var title string
		if err := rows.Scan(&id, &title); err != nil {
			return nil, err
		}
		out[id] = title
	}
	return out, rows.Err()
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
