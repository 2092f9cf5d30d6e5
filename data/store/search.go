package store

import (
	"context"
	"fmt"
	"strings"
	"unicode/utf8"

	"huiwu/data"
)

// perKind caps the hits of one kind of record; a query that common is
// better narrowed.
const perKind = 50

// Search finds q in every kind of record (searchKinds: people, units,
// meetings, topics, documents, every version of a 纪要, tasks): through the
// trigram index for three characters or more, through the gram index for
// one or two. Each kind's hits come newest first, at most perKind of them,
// each with the sentence that holds q; a 纪要 is listed once, by the newest
// of its versions that holds q.
func (s *Store) Search(ctx context.Context, q string) ([]data.SearchHit, error) {
	q = data.Clean(q)
	if q == "" || utf8.RuneCountInString(q) > 100 {
		return nil, &data.Error{Code: data.EInvalid, Message: "无法搜索", Problems: []data.Problem{{Field: "搜索", Message: "请输入 1 至 100 个字"}}}
	}
	if err := s.flushPendingSearch(ctx); err != nil {
		return nil, err
	}
	query, arg := trigramSearch, `"`+strings.ReplaceAll(q, `"`, `""`)+`"`
	if utf8.RuneCountInString(q) < 3 {
		query, arg = gramSearch, gramQuery(q)
	}
	var out []data.SearchHit
	err := s.docRead(ctx, func(tx *Tx) error {
		rows, err := tx.Query(query, arg)
		if err != nil {
			return err
		}
		defer rows.Close()
		listed := map[int64]bool{}
		for rows.Next() {
			var rid int64
			var title, body string
			if err := rows.Scan(&rid, &title, &body); err != nil {
				return err
			}
			k, id, ok := kindOf(rid)
			if !ok {
				continue
			}
			if k.name == "minutes" {
				// newest version first: a 纪要's older versions that also
				// hold q are not listed again
				if id >>= versionShift; listed[id] {
					continue
				}
				listed[id] = true
			}
			out = append(out, data.SearchHit{Kind: k.name, ID: id, Title: title, Sentence: sentenceWith(body, q)})
		}
		return rows.Err()
	})
	return out, err
}

// trigramSearch and gramSearch are one statement each, a part per kind in
// the order of searchKinds, each part its kind's rowid range (newest first):
// one statement, not one per kind, since preparing and stepping seven
// statements cost a search more than its reads. ?1 is the MATCH query.
var trigramSearch, gramSearch = func() (string, string) {
	var tri, gram []string
	for _, k := range searchKinds {
		lo, hi := k.code<<kindShift, k.code<<kindShift|idMask
		tri = append(tri, fmt.Sprintf("SELECT * FROM (SELECT rowid AS rid, title, body FROM search_fts WHERE search_fts MATCH ?1 AND rowid BETWEEN %d AND %d ORDER BY rowid LIMIT %d)", lo, hi, perKind))
		// the grams index stores no text: titles and bodies come from
		// search_fts by rowid, for the hits only
		gram = append(gram, fmt.Sprintf("SELECT * FROM (SELECT f.rowid AS rid, f.title, f.body FROM (SELECT rowid FROM search_grams WHERE search_grams MATCH ?1 AND rowid BETWEEN %d AND %d ORDER BY rowid LIMIT %d) g"+
			" CROSS JOIN search_fts f ON f.rowid = g.rowid)", lo, hi, perKind))
	}
	// the parts come in order as SQLite runs them; the ORDER BY says so
	all := func(parts []string) string {
		return "SELECT * FROM (" + strings.Join(parts, " UNION ALL ") + ") ORDER BY rid"
	}
	return all(tri), all(gram)
}()

// flushPendingSearch indexes records written outside the store's
// transactions (none in the program; a test's fixture, a repair by hand)
// before a search reads the index. Data opened read-only is searched as
// indexed.
func (s *Store) flushPendingSearch(ctx context.Context) error {
	if s.ReadOnly {
		return nil
	}
	var pending int
	if err := s.conn().QueryRowContext(ctx, "SELECT count(*) FROM (SELECT 1 FROM search_dirty LIMIT 1)").Scan(&pending); err != nil {
		return classify(err, "搜索")
	}
	if pending == 0 {
		return nil
	}
	return s.tx(ctx, func(*Tx) error { return nil }) // the commit flushes
}

// sentenceWith is the sentence of body that holds q: cut at 。！？；and line
// ends, headings' # dropped. Latin letters match in either case, as the
// indexes do; a body that does not hold q shows its first sentence.
func sentenceWith(body, q string) string {
	at := strings.Index(body, q)
	if at < 0 {
		at = strings.Index(asciiLower(body), asciiLower(q))
	}
	if at < 0 {
		at, q = 0, ""
	}
	start := strings.LastIndexAny(body[:at], "。！？；\n")
	if start < 0 {
		start = 0
	} else {
		_, size := utf8.DecodeRuneInString(body[start:])
		start += size
	}
	end := strings.IndexAny(body[at+len(q):], "。！？；\n")
	if end < 0 {
		end = len(body)
	} else {
		_, size := utf8.DecodeRuneInString(body[at+len(q)+end:])
		end += at + len(q) + size
	}
	return strings.TrimSpace(strings.TrimLeft(strings.TrimSpace(body[start:end]), "# "))
}

// asciiLower lower-cases A to Z only, keeping every byte offset.
func asciiLower(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}
