package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"time"
)

// coldQuestion is asked of the freshly started binary; its answer must be
// Peru's attribution statement (issue 2's acceptance question).
const coldQuestion = "what does Peru say on attribution?"

type coldResult struct {
	Question string  `json:"question"`
	Runs     int     `json:"runs"`
	P50      float64 `json:"p50_ms"`
	P90      float64 `json:"p90_ms"`
	Min      float64 `json:"min_ms"`
	TrueP50  float64 `json:"true_p50_ms"` // exec of /bin/true: the floor any process pays here
}

// coldStart builds cmd/stancebot once, then times fork+exec to exit (all
// JSON read) of `stancebot ask --json` on the embedded seeds.
func coldStart(o *options, work string) (*coldResult, error) {
	bin := filepath.Join(work, "stancebot")
	build := exec.Command("go", "build", "-o", bin, "./cmd/stancebot")
	build.Dir = o.root
	build.Stderr = os.Stderr
	if err := build.Run(); err != nil {
		return nil, fmt.Errorf("go build ./cmd/stancebot in %s: %w", o.root, err)
	}
	// The binary must not pick up a config or corpus from the environment
	// of whoever runs the benchmark: run it in an empty directory.
	empty := filepath.Join(work, "cold-cwd")
	if err := os.MkdirAll(empty, 0o755); err != nil {
		return nil, fmt.Errorf("cold start dir: %w", err)
	}
	runs := make([]time.Duration, 0, o.cold)
	for i := 0; i < o.cold+1; i++ {
		var stdout bytes.Buffer
		cmd := exec.Command(bin, "ask", "--json", coldQuestion)
		cmd.Dir = empty
		cmd.Stdout = &stdout
		cmd.Stderr = os.Stderr
		start := time.Now()
		if err := cmd.Run(); err != nil {
			return nil, fmt.Errorf("%s ask: %w", bin, err)
		}
		d := time.Since(start)
		if err := checkColdReply(stdout.Bytes()); err != nil {
			return nil, err
		}
		if i > 0 { // the first run pays for the page cache
			runs = append(runs, d)
		}
	}
	trueRuns := make([]time.Duration, 0, o.cold)
	for range o.cold {
		start := time.Now()
		if err := exec.Command("/bin/true").Run(); err != nil {
			return nil, fmt.Errorf("/bin/true: %w", err)
		}
		trueRuns = append(trueRuns, time.Since(start))
	}
	slices.Sort(runs)
	slices.Sort(trueRuns)
	ms := func(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }
	return &coldResult{Question: coldQuestion, Runs: len(runs), P50: ms(runs[len(runs)/2]),
		P90: ms(runs[len(runs)*9/10]), Min: ms(runs[0]), TrueP50: ms(trueRuns[len(trueRuns)/2])}, nil
}

// checkColdReply makes sure the timed process really answered.
func checkColdReply(out []byte) error {
	var r struct {
		Intent  string `json:"intent"`
		Answers []struct {
			Country string   `json:"country"`
			Sources []string `json:"sources"`
		} `json:"answers"`
	}
	if err := json.Unmarshal(out, &r); err != nil {
		return fmt.Errorf("cold start output is not JSON: %w (%.200s)", err, out)
	}
	if len(r.Answers) == 0 || r.Answers[0].Country != "Peru" {
		return fmt.Errorf("cold start: %q answered %.300s, want Peru first", coldQuestion, out)
	}
	return nil
}
