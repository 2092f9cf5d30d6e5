package store

import (
	"context"
	"embed"
	"fmt"
	"io/fs"
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
		dir, err := s.BackupDir(context.Background())
		if err != nil {
			return err
		}
		if _, err := s.BackupTo(context.Background(), dir, fmt.Sprintf("pre-migrate-v%d", from)); err != nil {
			return fmt.Errorf("backup before migrating: %w", err)
		}
	}
	for v := from; v < len(migrations); v++ {
		err := s.tx(context.Background(), func(tx *Tx) error {
			if _, err := tx.Exec(migrations[v]); err != nil {
				return fmt.Errorf("migration %d: %w", v+1, err)
			}
			if err := s.ledgerStart(tx, v+1); err != nil {
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
