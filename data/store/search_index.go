package store

import (
	"database/sql"
	"fmt"
	"strconv"
	"strings"
	"unicode"
)

// The search index (migration 0021). Every record a user may look for is one
// row of search_fts (its text, trigram-indexed) and one row of search_grams
// (its distinct one- and two-character grams), both under the rowid
// searchKey(kind, id), whose ascending order is newest first. Triggers note each written record in search_dirty;
// flushSearch re-indexes the noted records inside the writing transaction,
// so the index commits with the records it describes.

// searchKind is one kind of record the search covers.
type searchKind struct {
	code int64
	name string // data.SearchHit.Kind
	// row selects the record's title as a hit shows it and its searchable
	// text, ?1 being its id within the kind. The title is kept in the index
	// beside the text, so that a search reads each hit once.
	row string
}

// kindShift leaves 44 bits for a record's id within its kind.
const (
	kindShift = 44
	idMask    = 1<<kindShift - 1
)

// searchKey is a record's rowid in the index: the kind in the high bits, the
// id counted down from idMask below them, so that FTS5 reads each kind's
// newest first going forwards (it reads a doclist backwards only by loading
// all of it).
func searchKey(code, id int64) int64 { return code<<kindShift | (idMask - id) }

// versionShift packs a 纪要 version as minutes_id<<versionShift | n.
const versionShift = 16

// lines is SQL joining the non-empty columns one a line.
func lines(cols ...string) string {
	for i, c := range cols {
		cols[i] = "nullif(" + c + ", '')"
	}
	return "ifnull(concat_ws(char(10), " + strings.Join(cols, ", ") + "), '')"
}

// searchKinds are listed in the order a search shows its hits. What a title
// shows of other records (a person's unit, a 纪要's meeting, whether a
// version is the newest) is kept in step by 0021's triggers.
var searchKinds = []searchKind{
	{1, "person", "SELECT p.name || '（' || ifnull(u.name, '') || CASE WHEN p.post <> '' THEN ' ' || p.post ELSE '' END || '）', " +
		lines("p.name", "p.post", "u.name") + " FROM people p LEFT JOIN units u ON u.id = p.unit_id WHERE p.id = ?1"},
	{2, "unit", "SELECT name, " + lines("name", "short_name") + " FROM units WHERE id = ?1"},
	{3, "meeting", "SELECT substr(starts_at, 1, 10) || ' ' || title, " +
		lines("title", "place", "remarks", "cancel_reason", "delegation_note", "written_approval") + " FROM meetings WHERE id = ?1"},
	{4, "topic", "SELECT title, " +
		lines("title", "reporter", "summary", "towns", "state_reason", "legal_number", "legal_conclusion", "late_approval") + " FROM topics WHERE id = ?1"},
	{5, "document", "SELECT title || CASE WHEN number <> '' THEN '（' || number || '）' ELSE '' END, " +
		lines("title", "number", "attachments", "problem", "remarks", "dispute_summary", "dispute_proposal", "opinion", "route_reason", "review_ref") +
		" FROM documents WHERE id = ?1"},
	// every version of a 纪要; a hit in an older one says so
	{6, "minutes", "SELECT '〔' || n.year || '〕第' || n.issue || '期 ' || m.title ||" +
		" CASE WHEN v.n < (SELECT max(w.n) FROM minutes_versions w WHERE w.minutes_id = v.minutes_id) THEN '（第' || v.n || '版，已有新版本）' ELSE '' END, v.body" +
		" FROM minutes_versions v JOIN minutes n ON n.id = v.minutes_id JOIN meetings m ON m.id = n.meeting_id" +
		" WHERE v.minutes_id = (?1 >> 16) AND v.n = (?1 & 65535)"},
	{7, "task", "SELECT title, " + lines("title", "detail", "reference", "result") + " FROM tasks WHERE id = ?1"},
}

// kindOf is the kind a rowid of the index belongs to, and the record's id
// within it.
func kindOf(rid int64) (searchKind, int64, bool) {
	code := rid >> kindShift
	if code < 1 || int(code) > len(searchKinds) {
		return searchKind{}, 0, false
	}
	return searchKinds[code-1], idMask - rid&idMask, true
}

// flushSearch re-indexes the records this transaction wrote (search_dirty),
// and empties the list. A database from before 0021 has none.
func flushSearch(tx *Tx) error {
	rows, err := tx.Query("SELECT rid FROM search_dirty")
	if err != nil {
		if !txTableExists(tx, "search_dirty") {
			return nil
		}
		return fmt.Errorf("search index: %w", err)
	}
	var rids []int64
	for rows.Next() {
		var rid int64
		if err := rows.Scan(&rid); err != nil {
			rows.Close()
			return fmt.Errorf("search index: %w", err)
		}
		rids = append(rids, rid)
	}
	rows.Close()
	if err := rows.Err(); err != nil || len(rids) == 0 {
		return err
	}
	if _, err := tx.Exec("DELETE FROM search_dirty"); err != nil {
		return fmt.Errorf("search index: %w", err)
	}
	return indexRecords(tx, rids)
}

// indexRecords writes each record's rows of both indexes afresh, or removes
// them when the record is gone.
func indexRecords(tx *Tx, rids []int64) error {
	stmts := map[string]*sql.Stmt{}
	defer func() {
		for _, st := range stmts {
			st.Close()
		}
	}()
	stmt := func(q string) (*sql.Stmt, error) {
		if st, ok := stmts[q]; ok {
			return st, nil
		}
		st, err := tx.Prepare(q)
		if err != nil {
			return nil, fmt.Errorf("search index: %w", err)
		}
		stmts[q] = st
		return st, nil
	}
	for _, rid := range rids {
		k, id, ok := kindOf(rid)
		if !ok {
			continue
		}
		for _, q := range []string{"DELETE FROM search_fts WHERE rowid = ?", "DELETE FROM search_grams WHERE rowid = ?"} {
			st, err := stmt(q)
			if err != nil {
				return err
			}
			if _, err := st.Exec(rid); err != nil {
				return fmt.Errorf("search index: %w", err)
			}
		}
		st, err := stmt(k.row)
		if err != nil {
			return err
		}
		var title, text string
		switch err := st.QueryRow(id).Scan(&title, &text); {
		case err == sql.ErrNoRows:
			continue // deleted
		case err != nil:
			return fmt.Errorf("search index %s %d: %w", k.name, id, err)
		}
		for _, w := range []struct {
			q    string
			args []any
		}{
			{"INSERT INTO search_fts (rowid, title, body) VALUES (?, ?, ?)", []any{rid, title, text}},
			{"INSERT INTO search_grams (rowid, grams) VALUES (?, ?)", []any{rid, grams(text)}},
		} {
			st, err := stmt(w.q)
			if err != nil {
				return err
			}
			if _, err := st.Exec(w.args...); err != nil {
				return fmt.Errorf("search index: %w", err)
			}
		}
	}
	return nil
}

// grams is text's distinct one- and two-character grams as index tokens,
// space separated, lower-cased, none across white space (a query of one or
// two characters has none inside it once trimmed).
func grams(text string) string {
	seen := map[string]bool{}
	var b strings.Builder
	add := func(tok string) {
		if !seen[tok] {
			seen[tok] = true
			b.WriteString(tok)
			b.WriteByte(' ')
		}
	}
	prev := rune(-1)
	for _, r := range text {
		if unicode.IsSpace(r) {
			prev = -1
			continue
		}
		r = unicode.ToLower(r)
		add(runeToken(r))
		if prev >= 0 {
			add(runeToken(prev) + runeToken(r))
		}
		prev = r
	}
	return b.String()
}

// gramQuery is the token a query of one or two characters looks up, quoted
// for MATCH.
func gramQuery(q string) string {
	tok := ""
	for _, r := range q {
		tok += runeToken(unicode.ToLower(r))
	}
	return `"` + tok + `"`
}

// runeToken writes a character as four base-36 digits (36⁴ exceeds the
// largest code point), so that a gram is a plain ASCII word the ascii
// tokenizer keeps whole, and a bigram's token is two of them.
func runeToken(r rune) string {
	s := strconv.FormatInt(int64(r), 36)
	return strings.Repeat("0", 4-len(s)) + s
}
