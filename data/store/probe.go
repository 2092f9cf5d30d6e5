package store

import (
	"database/sql"
	"os"

	"huiwu/data"
)

// probeURI is the probe's connection string for path. Without a -wal beside
// the file the probe opens it immutable: SQLite then takes no lock and makes
// no -wal or -shm, so a file the probe refuses keeps its folder exactly as it
// was (a plain read-only open of a WAL-mode file leaves an empty -wal and a
// 32 KB -shm). With a -wal the probe must read through it, and SQLite needs
// a -shm for that; keepFolder removes it again.
func probeURI(path string) string {
	if fi, err := os.Stat(path + "-wal"); err == nil && fi.Size() > 0 {
		return readOnlyURI(path)
	}
	return readOnlyURI(path) + "&immutable=1"
}

// keepFolder notes whether the -wal and -shm beside path exist and returns
// a function that removes those of them that did not, once the probe's
// connection is closed. The folder is locked, so nothing else made them.
func keepFolder(path string) func() {
	var made []string
	for _, suffix := range []string{"-wal", "-shm"} {
		if _, err := os.Lstat(path + suffix); os.IsNotExist(err) {
			made = append(made, path+suffix)
		}
	}
	return func() {
		for _, p := range made {
			os.Remove(p)
		}
	}
}

// checkSchema tells Huiwu's files from other SQLite files by their marks and
// tables. A file without Huiwu's application_id is taken only when it is
// wholly empty (no tables, user_version 0: a new file); one with the mark
// and a schema version must have the tables every version has. Anything else
// is another program's, refused before any migration could write to it.
func checkSchema(db *sql.DB, path string, appID, version, tables int) error {
	foreign := data.Errorf(data.ENotHuiwu, "%s 不是会务程序的数据文件", path)
	if appID != ApplicationID {
		if appID != 0 || tables > 0 || version != 0 {
			return foreign
		}
		return nil
	}
	if version == 0 || version > len(migrations) {
		return nil // a new file, or a newer one refused as too new
	}
	var n int
	err := db.QueryRow("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name IN ('settings', 'audit_log', 'units', 'people')").Scan(&n)
	if err != nil {
		return data.Wrap(data.EDamaged, err, "数据文件 %s 无法读取：%v", path, err)
	}
	if n != 4 {
		return foreign
	}
	return nil
}
