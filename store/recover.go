package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/mattn/go-sqlite3"
)

// Recovery of a damaged SQLite database: the driver has no repair, so
// the operator can look (Check), keep a copy (Backup) and start again
// (Reset). `stancebot store check|backup|reset` runs these.

// Report is what Check found.
type Report struct {
	Path     string
	Size     int64
	Problems []string         // empty when the database is sound
	Rows     map[string]int64 // rows per table, for the tables still readable
}

// OK reports whether the database is sound.
func (r *Report) OK() bool { return len(r.Problems) == 0 }

// Check opens the database at path read-only, runs PRAGMA integrity_check
// (the full one) and counts the rows of each table it can read. It
// changes nothing. An error means the file could not be examined at all.
func Check(ctx context.Context, path string) (*Report, error) {
	fi, err := os.Stat(path)
	if err != nil {
		return nil, fmt.Errorf("check %s: %w", path, err)
	}
	r := &Report{Path: path, Size: fi.Size(), Rows: map[string]int64{}}
	if fi.Size() == 0 {
		r.Problems = append(r.Problems, "the file is empty (0 bytes): nothing is left of "+StateKinds)
		return r, nil
	}
	db, err := openReadOnly(path)
	if err != nil {
		return nil, fmt.Errorf("check %s: %w", path, err)
	}
	defer db.Close()
	problems, err := integrityCheck(ctx, db, "integrity_check", 100)
	if err != nil {
		if !isCorrupt(err) {
			return nil, fmt.Errorf("check %s: %w", path, err)
		}
		problems = []string{err.Error()}
	}
	r.Problems = problems
	rows, err := db.QueryContext(ctx, `SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`)
	if err != nil {
		return r, nil // the schema itself is unreadable: the problems say so
	}
	var tables []string
	for rows.Next() {
		var name string
		if rows.Scan(&name) == nil {
			tables = append(tables, name)
		}
	}
	rows.Close()
	for _, tbl := range tables {
		var n int64
		if err := db.QueryRowContext(ctx, `SELECT COUNT(*) FROM "`+tbl+`"`).Scan(&n); err == nil {
			r.Rows[tbl] = n
		}
	}
	return r, nil
}

// openReadOnly opens path without any chance of writing to it.
func openReadOnly(path string) (*sql.DB, error) {
	db, err := sql.Open("sqlite3", "file:"+path+"?mode=ro&_busy_timeout=5000")
	if err != nil {
		return nil, err
	}
	db.SetMaxOpenConns(1)
	return db, nil
}

// Backup copies the database at path to dest, which must not exist. It
// uses SQLite's online backup API, which takes a consistent copy even
// while the bot runs, and returns "sqlite backup". When SQLite cannot
// read the file (its header is gone, or it is empty), it copies the bytes
// of the file and of its write-ahead log as they are, and returns
// "file copy".
func Backup(ctx context.Context, path, dest string) (method string, err error) {
	fi, err := os.Stat(path)
	if err != nil {
		return "", fmt.Errorf("backup %s: %w", path, err)
	}
	if _, err := os.Stat(dest); err == nil {
		return "", fmt.Errorf("backup %s: %s already exists", path, dest)
	}
	// An empty file would "back up" as a new empty database: copy it as is.
	if fi.Size() > 0 {
		if err := sqliteBackup(ctx, path, dest); err == nil {
			return "sqlite backup", nil
		}
		os.Remove(dest)
	}
	for _, suffix := range []string{"", "-wal"} {
		if err := copyFile(path+suffix, dest+suffix); err != nil && !(suffix != "" && errors.Is(err, os.ErrNotExist)) {
			return "", fmt.Errorf("backup %s: %w", path, err)
		}
	}
	return "file copy", nil
}

// sqliteBackup copies path to dest page by page through the driver's
// backup API (sqlite3_backup_*).
func sqliteBackup(ctx context.Context, path, dest string) error {
	src, err := openReadOnly(path)
	if err != nil {
		return err
	}
	defer src.Close()
	dst, err := sql.Open("sqlite3", "file:"+dest)
	if err != nil {
		return err
	}
	defer dst.Close()
	sc, err := src.Conn(ctx)
	if err != nil {
		return err
	}
	defer sc.Close()
	dc, err := dst.Conn(ctx)
	if err != nil {
		return err
	}
	defer dc.Close()
	return dc.Raw(func(d any) error {
		return sc.Raw(func(s any) error {
			dconn, ok1 := d.(*sqlite3.SQLiteConn)
			sconn, ok2 := s.(*sqlite3.SQLiteConn)
			if !ok1 || !ok2 {
				return errors.New("not a SQLite connection")
			}
			b, err := dconn.Backup("main", sconn, "main")
			if err != nil {
				return err
			}
			if _, err := b.Step(-1); err != nil {
				b.Finish()
				return err
			}
			return b.Finish()
		})
	})
}

func copyFile(from, to string) error {
	in, err := os.Open(from)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.OpenFile(to, os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0o600)
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return err
	}
	return out.Close()
}

// ErrSound is returned by Reset for a database that is not damaged,
// unless forced.
var ErrSound = errors.New("the database is not damaged; reset it anyway with --force")

// Reset moves the database at path (and its -wal and -shm files) aside,
// to names ending in ".damaged-<time>", and creates an empty database in
// its place. Nothing is deleted. A database that opens cleanly is left
// alone unless force is set. It returns the new names of the moved files.
func Reset(path string, force bool, now time.Time) ([]string, error) {
	if !force {
		s, err := Open(path)
		if err == nil {
			s.Close()
			return nil, ErrSound
		}
		var de *DamageError
		if !errors.As(err, &de) {
			return nil, fmt.Errorf("reset %s: %w", path, err)
		}
	}
	stamp := now.UTC().Format("20060102T150405Z")
	var moved []string
	for _, suffix := range []string{"", "-wal", "-shm"} {
		from, to := path+suffix, path+".damaged-"+stamp+suffix
		if err := os.Rename(from, to); err != nil {
			if errors.Is(err, os.ErrNotExist) { // nothing to move aside
				continue
			}
			return moved, fmt.Errorf("reset %s: %w", path, err)
		}
		moved = append(moved, to)
	}
	s, err := Open(path)
	if err != nil {
		return moved, fmt.Errorf("reset %s: create the new database: %w", path, err)
	}
	return moved, s.Close()
}
