package main

// TEMPORARY (slack branch only): a main so serve.go builds and its tests run
// before the lead's main.go lands. Delete this file when merging main.

import (
	"context"
	"fmt"
	"os"
)

func main() {
	if len(os.Args) < 2 || os.Args[1] != "serve" {
		fmt.Fprintln(os.Stderr, "usage: stancebot serve --config FILE")
		os.Exit(2)
	}
	os.Exit(runServe(context.Background(), os.Args[2:], os.Stdout, os.Stderr))
}
