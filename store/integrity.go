package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/mattn/go-sqlite3"
)

// The checks in this file are SQLite's: they look at the database file
// before and right after it is opened, so a damaged file stops the bot
// with a clear message instead of failing every query later.

// Recovery is what the operator can do about a damaged database; every
// DamageError ends with it. It is one line, to read well in a log.
const Recovery = "to recover, run `stancebot store check` (what is wrong and what the file still holds), " +
	"then `stancebot store backup` (a copy of the file as it is), then `stancebot store reset` " +
	"(moves the damaged file aside and starts an empty database), each with the same --config FILE; " +
	"see \"The database: damage and recovery\" in the README"

// StateKinds names what the database holds, so a message about a lost or
// damaged file can say what goes with it.
const StateKinds = "answered events (a Slack retry or Matrix event could be answered twice), " +
	"the digest ledger (a digest slot could be sent again), subscriptions made from chat, " +
	"and the Matrix sync token, device and encryption keys"

// DamageError is a database file that cannot be used as it is. Open
// returns it, and nothing is changed on disk.
type DamageError struct {
	Path    string
	Problem string
}

func (e *DamageError) Error() string {
	return fmt.Sprintf("database %s is damaged: %s; %s", e.Path, e.Problem, Recovery)
}

// preflight checks the database file before SQLite opens it.
//
// A file that exists but is empty is damage: SQLite would silently make a
// new database in it, losing everything the old one held.
//
// A file that does not exist yet needs a writable directory. SQLite
// reports a read-only directory as "no such file or directory" (it retries
// the open read-only after EACCES and reports that errno), so the
// directory is tried first, to report "permission denied".
func preflight(path string) error {
	fi, err := os.Stat(path)
	switch {
	case err == nil && !fi.Mode().IsRegular():
		return fmt.Errorf("%s is not a regular file", path)
	case err == nil && fi.Size() == 0:
		problem := "the file is empty (0 bytes), although it existed: everything it held is lost: " + StateKinds
		if wal, werr := os.Stat(path + "-wal"); werr == nil && wal.Size() > 0 {
			problem += fmt.Sprintf(" (its write-ahead log %s-wal still has %d bytes; back it up before a reset)", path, wal.Size())
		}
		return &DamageError{Path: path, Problem: problem}
	case err == nil:
		return nil
	case !errors.Is(err, os.ErrNotExist):
		return err
	}
	dir := filepath.Dir(path)
	probe, err := os.CreateTemp(dir, ".stancebot-write-test-*")
	if err != nil {
		return fmt.Errorf("cannot create the database in %s: %w", dir, err)
	}
	probe.Close()
	os.Remove(probe.Name())
	return nil
}

// quickCheck runs PRAGMA quick_check (a full scan of the b-trees, without
// the index cross-checks of integrity_check) and turns corruption into a
// DamageError. Other errors (a locked file, say) are returned as they are.
func quickCheck(ctx context.Context, db *sql.DB, path string) error {
	problems, err := integrityCheck(ctx, db, "quick_check", 5)
	if err != nil {
		if isCorrupt(err) {
			return &DamageError{Path: path, Problem: err.Error()}
		}
		return fmt.Errorf("integrity check: %w", err)
	}
	if len(problems) > 0 {
		return &DamageError{Path: path, Problem: "the integrity check failed: " + strings.Join(problems, "; ")}
	}
	return nil
}

// integrityCheck runs PRAGMA pragma(max) ("quick_check" or
// "integrity_check") and returns the problems it lists, none when the
// database is sound.
func integrityCheck(ctx context.Context, db *sql.DB, pragma string, max int) ([]string, error) {
	rows, err := db.QueryContext(ctx, fmt.Sprintf("PRAGMA %s(%d)", pragma, max))
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var line string
		if err := rows.Scan(&line); err != nil {
			return nil, err
		}
		if line != "ok" {
			out = append(out, line)
		}
	}
	return out, rows.Err()
}

// isCorrupt reports whether err is SQLite saying the file is not a sound
// database.
func isCorrupt(err error) bool {
	var se sqlite3.Error
	if errors.As(err, &se) {
		return se.Code == sqlite3.ErrCorrupt || se.Code == sqlite3.ErrNotADB
	}
	return false
}
