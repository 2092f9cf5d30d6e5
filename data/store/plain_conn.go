package store

// A plain connection is a read-only connection with no virtual-table
// modules: SQLite's integrity_check and quick_check on it check every page
// and every b-tree of the file, the search index's shadow tables among them,
// but skip the search index's own check (FTS5's xIntegrity, which skips a
// table whose module is not there). That check re-reads and re-tokenizes
// every indexed text and was most of both statements' time: 0.8 s of
// quick_check's 1.1 s on ten years of data (issue 19). The check after
// opening does without it; Check runs it beside the rest (checkOn).
//
// The driver has no call that drops a connection's modules, so an automatic
// extension, run by SQLite at the end of every connection's opening, drops
// them from a connection whose URI asks (plainParam); any other connection
// is left as it was.

/*
typedef struct sqlite3 sqlite3;
typedef struct sqlite3_api_routines sqlite3_api_routines;
int sqlite3_auto_extension(void (*)(void));
int sqlite3_drop_modules(sqlite3 *, const char **);
const char *sqlite3_db_filename(sqlite3 *, const char *);
int sqlite3_uri_boolean(const char *, const char *, int);

static int huiwu_plain(sqlite3 *db, char **err, const sqlite3_api_routines *api) {
	const char *name = sqlite3_db_filename(db, "main");
	if (name && sqlite3_uri_boolean(name, "huiwu_plain", 0)) {
		return sqlite3_drop_modules(db, 0); // 0: keep none
	}
	return 0;
}

static int huiwu_register_plain(void) {
	return sqlite3_auto_extension((void (*)(void))huiwu_plain);
}
*/
import "C"

import (
	"cmp"
	"database/sql"
	"fmt"
)

// plainParam is the URI parameter huiwu_plain looks for.
const plainParam = "huiwu_plain=1"

func init() {
	if rc := C.huiwu_register_plain(); rc != 0 {
		panic(fmt.Sprintf("sqlite3_auto_extension: %d", rc))
	}
}

// openPlain opens a plain connection to the store's file, read-only as the
// store reads it.
func (s *Store) openPlain() (*sql.DB, error) {
	return openPlainURI(cmp.Or(s.readURI, readOnlyURI(s.path)))
}

// openPlainURI opens a plain connection to the file uri names; uri has its
// query already (readOnlyURI's mode=ro).
func openPlainURI(uri string) (*sql.DB, error) {
	db, err := sql.Open("sqlite3", uri+"&"+plainParam)
	if err != nil {
		return nil, err
	}
	db.SetMaxOpenConns(1)
	return db, nil
}
