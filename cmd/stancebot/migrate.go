package main

import (
	"context"
	"flag"
	"fmt"
	"io"

	"github.com/stancebot/stancebot/config"
	"github.com/stancebot/stancebot/store"
)

// runMigrate is `stancebot migrate --config FILE`: it applies the store's
// pending migrations (SQLite or PostgreSQL) and exits, so a rolling
// deployment can migrate once, ahead of the new replicas (serve applies
// them at start too, under the same lock, so running it is optional).
func runMigrate(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("migrate", flag.ContinueOnError)
	fs.SetOutput(stderr)
	path := fs.String("config", "config.yaml", "configuration file whose store.url or store.path names the database")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: stancebot migrate [--config FILE]")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return exitConfig
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "migrate: unexpected argument %q\n", fs.Arg(0))
		return exitConfig
	}
	cfg, err := config.Load(*path)
	if err != nil {
		fmt.Fprintf(stderr, "stancebot migrate: invalid configuration:\n%v\n", err)
		return exitConfig
	}
	st, err := store.Open(cfg.StoreLocation())
	if err != nil {
		fmt.Fprintf(stderr, "stancebot migrate: %v\n", err)
		return exitRuntime
	}
	defer st.Close()
	v, err := st.SchemaVersion(ctx)
	if err != nil {
		fmt.Fprintf(stderr, "stancebot migrate: %v\n", err)
		return exitRuntime
	}
	fmt.Fprintf(stdout, "store (%s): schema at migration %d\n", st.Engine(), v)
	return exitOK
}
