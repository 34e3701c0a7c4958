package main

import (
	"context"
	"fmt"
	"io"
	"path/filepath"
	"sort"
	"time"

	"github.com/stancebot/stancebot/config"
	"github.com/stancebot/stancebot/store"
)

const storeUsage = `usage: stancebot store check|backup|reset [--config FILE | --db PATH] [flags]

  check    examine the database read-only: integrity, and rows per table (exit 1 when damaged)
  backup   copy the database as it is, with SQLite's backup API (or byte for byte
           when SQLite cannot read it) [--to FILE]
  reset    move a damaged database aside (nothing is deleted) and create an empty one;
           a sound database is reset only with --force

The database is data_dir/stancebot.db of the configuration, or --db PATH.
`

// runStore is `stancebot store check|backup|reset`: the recovery commands
// for a damaged database, which serve refuses to open.
func runStore(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, storeUsage)
		return 2
	}
	sub := args[0]
	fs := newFlagSet("store "+sub, stderr)
	fs.Usage = func() { fmt.Fprint(stderr, storeUsage); fs.PrintDefaults() }
	cfgPath := fs.String("config", "config.yaml", "configuration file whose data_dir holds the database")
	db := fs.String("db", "", "the database file (instead of --config)")
	var to *string
	var force *bool
	switch sub {
	case "check":
	case "backup":
		to = fs.String("to", "", "backup file (default: next to the database, named by the time)")
	case "reset":
		force = fs.Bool("force", false, "reset even a database that is not damaged")
	case "help", "-h", "--help":
		fmt.Fprint(stdout, storeUsage)
		return 0
	default:
		fmt.Fprintf(stderr, "stancebot store: unknown subcommand %q\n\n%s", sub, storeUsage)
		return 2
	}
	if err := fs.Parse(args[1:]); err != nil {
		return 2
	}
	path := *db
	if path == "" {
		// The database path only: secrets the file references need not be
		// set to recover a database.
		dir, err := config.DataDir(*cfgPath)
		if err != nil {
			fmt.Fprintf(stderr, "stancebot store %s: %v\n", sub, err)
			return 2
		}
		path = filepath.Join(dir, "stancebot.db")
	}
	now := time.Now()
	switch sub {
	case "check":
		r, err := store.Check(ctx, path)
		if err != nil {
			fmt.Fprintf(stderr, "stancebot store check: %v\n", err)
			return 1
		}
		fmt.Fprintf(stdout, "%s: %d bytes\n", r.Path, r.Size)
		tables := make([]string, 0, len(r.Rows))
		for t := range r.Rows {
			tables = append(tables, t)
		}
		sort.Strings(tables)
		for _, t := range tables {
			fmt.Fprintf(stdout, "  %-28s %d rows\n", t, r.Rows[t])
		}
		if r.OK() {
			fmt.Fprintln(stdout, "integrity: ok")
			return 0
		}
		fmt.Fprintln(stdout, "integrity: DAMAGED")
		for _, p := range r.Problems {
			fmt.Fprintf(stdout, "  %s\n", p)
		}
		fmt.Fprintln(stdout, "next: stancebot store backup, then stancebot store reset")
		return 1
	case "backup":
		dest := *to
		if dest == "" {
			dest = path + ".backup-" + now.UTC().Format("20060102T150405Z")
		}
		method, err := store.Backup(ctx, path, dest)
		if err != nil {
			fmt.Fprintf(stderr, "stancebot store backup: %v\n", err)
			return 1
		}
		fmt.Fprintf(stdout, "backed up %s to %s (%s)\n", path, dest, method)
		return 0
	default: // reset
		moved, err := store.Reset(path, *force, now)
		if err != nil {
			fmt.Fprintf(stderr, "stancebot store reset: %v\n", err)
			return 1
		}
		for _, m := range moved {
			fmt.Fprintf(stdout, "moved aside: %s\n", m)
		}
		fmt.Fprintf(stdout, "created an empty database at %s; lost unless restored from the files above: %s\n", path, store.StateKinds)
		return 0
	}
}
