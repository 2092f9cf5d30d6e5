package store

import (
	"context"
	"database/sql"
	"embed"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
)

//go:embed migrations/*.sql
var migrationFS embed.FS

// migrations are the schema steps in order; migration i (0-based) takes the
// database from user_version i to i+1. Files are named NNNN_what.sql.
var migrations = func() []string {
	names, err := fs.Glob(migrationFS, "migrations/*.sql")
	if err != nil {
		panic(err) // the pattern is a constant
	}
	slices.Sort(names)
	out := make([]string, len(names))
	for i, n := range names {
		b, err := migrationFS.ReadFile(n)
		if err != nil {
			panic(err) // embedded at build time
		}
		out[i] = string(b)
	}
	return out
}()

// SchemaVersion is the schema version this program writes.
func SchemaVersion() int { return len(migrations) }

// migrate brings the database from version `from` to the newest schema, each
// step in its own transaction with the version bump inside it, so a crash
// leaves the file at a whole version. An existing database is copied to the
// backups folder first.
func (s *Store) migrate(from int) error {
	if from == len(migrations) {
		return nil
	}
	if from > 0 {
		if _, err := s.backupTo(filepath.Join(s.dir, "backups"), fmt.Sprintf("pre-migrate-v%d", from)); err != nil {
			return fmt.Errorf("backup before migrating: %w", err)
		}
	}
	for v := from; v < len(migrations); v++ {
		err := s.tx(context.Background(), func(tx *sql.Tx) error {
			if _, err := tx.Exec(migrations[v]); err != nil {
				return fmt.Errorf("migration %d: %w", v+1, err)
			}
			_, err := tx.Exec(fmt.Sprintf("PRAGMA user_version = %d", v+1))
			return err
		})
		if err != nil {
			return err
		}
	}
	return nil
}

// backupTo writes a consistent copy of the database into dir with VACUUM
// INTO, named huiwu-LABEL-TIMESTAMP.db, and returns its path.
func (s *Store) backupTo(dir, label string) (string, error) {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return "", err
	}
	name := fmt.Sprintf("huiwu-%s-%s.db", label, s.Now().Format("20060102-150405"))
	path := filepath.Join(dir, name)
	if _, err := s.db.Exec("VACUUM INTO ?", path); err != nil {
		return "", classify(err, "备份")
	}
	return path, nil
}
