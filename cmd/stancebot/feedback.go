package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/stancebot/stancebot/config"
	"github.com/stancebot/stancebot/feedback"
	"github.com/stancebot/stancebot/store"
)

// runFeedback exports the votes users gave replies in chat (👍 / 👎 and
// what was wrong), for curators: a table, or one JSON object per line.
func runFeedback(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := newFlagSet("feedback", stderr)
	cfgPath := fs.String("config", "", "read the store location from this configuration")
	storeLoc := fs.String("store", "", "the store serve records votes in: a SQLite file or a postgres:// URL")
	since := fs.String("since", "", "only votes on or after this date (YYYY-MM-DD or RFC 3339)")
	asJSON := fs.Bool("json", false, "print one JSON object per vote")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "stancebot feedback: unexpected argument %q\n", fs.Arg(0))
		return 2
	}
	var from time.Time
	if *since != "" {
		var err error
		if from, err = parseSince(*since); err != nil {
			fmt.Fprintf(stderr, "stancebot feedback: --since %q: want YYYY-MM-DD or RFC 3339\n", *since)
			return 2
		}
	}
	loc := *storeLoc
	if *cfgPath != "" && loc == "" {
		cfg, err := config.Load(*cfgPath)
		if err != nil {
			fmt.Fprintf(stderr, "stancebot feedback: invalid configuration:\n%v\n", err)
			return 2
		}
		loc = cfg.StoreLocation()
	}
	if loc == "" {
		fmt.Fprintln(stderr, "stancebot feedback: give --store or --config: votes are what `stancebot serve` recorded in its store")
		return 2
	}
	st, err := store.Open(loc)
	if err != nil {
		fmt.Fprintf(stderr, "stancebot feedback: %v\n", err)
		return 1
	}
	defer st.Close()
	votes, err := st.Feedback().List(ctx, from)
	if err != nil {
		fmt.Fprintf(stderr, "stancebot feedback: %v\n", err)
		return 1
	}
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetEscapeHTML(false)
		for _, v := range votes {
			if err := enc.Encode(v); err != nil {
				return 1
			}
		}
		return 0
	}
	writeVotes(stdout, votes)
	return 0
}

func parseSince(s string) (time.Time, error) {
	if t, err := time.Parse("2006-01-02", s); err == nil {
		return t, nil
	}
	return time.Parse(time.RFC3339, s)
}

func writeVotes(w io.Writer, votes []feedback.Vote) {
	if len(votes) == 0 {
		fmt.Fprintln(w, "No votes.")
		return
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "time\tvote\treason\tplatform\troom\tuser\tintent\tstatements\tquestion")
	for _, v := range votes {
		q := v.Question
		if r := []rune(q); len(r) > 80 {
			q = string(r[:80]) + "…"
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", v.At.UTC().Format("2006-01-02 15:04"), v.Vote, dash(v.Reason),
			v.Platform, v.Room, v.User, dash(v.Intent), dash(strings.Join(v.Keys, ",")), q)
	}
	tw.Flush()
}

func dash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}
