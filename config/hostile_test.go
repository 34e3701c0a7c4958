package config

import (
	"fmt"
	"runtime"
	"strings"
	"testing"
	"time"
)

// linearBudget is how long parsing a document of n lines may take: a
// few times what a document of n list items takes (a linear reference,
// measured now, so the race detector or a loaded machine slow both
// alike), plus a constant. A pass quadratic in n takes far longer.
func linearBudget(t *testing.T, n int) time.Duration {
	t.Helper()
	var b strings.Builder
	b.WriteString("subscriptions:\n  admins:\n    slack:\n")
	for i := 0; i < n; i++ {
		fmt.Fprintf(&b, "      - U%07d\n", i)
	}
	start := time.Now()
	if _, err := Parse("config.yaml", []byte(b.String()), testEnv); err != nil {
		t.Fatalf("reference document: %v", err)
	}
	// 10× and 5 s: a loaded machine (load 25+) made 4× and 2 s fail once; a
	// quadratic pass at these sizes is thousands of times slower still.
	return 10*time.Since(start) + 5*time.Second
}

// parseWithin runs Parse and fails the test when it takes longer than
// limit, so a quadratic or exponential pass fails instead of hanging CI.
func parseWithin(t *testing.T, limit time.Duration, doc []byte) error {
	t.Helper()
	done := make(chan error, 1)
	go func() {
		_, err := Parse("config.yaml", doc, testEnv)
		done <- err
	}()
	select {
	case err := <-done:
		return err
	case <-time.After(limit):
		t.Fatalf("Parse of %d bytes took more than %s", len(doc), limit)
		return nil
	}
}

// aliasBomb builds a small document whose aliases, expanded, are huge:
// a list of `width` aliases to one digest whose three list keys are each
// an alias to a list of `width` strings — width*width*3 nodes once
// expanded, from a file of a few kilobytes. Every key is a known key, so
// only the alias expansion can catch it.
func aliasBomb(width int) []byte {
	var b strings.Builder
	b.WriteString("data_dir: /tmp/x\n")
	b.WriteString("digests:\n  - &d\n    name: bomb\n    cron: daily\n")
	b.WriteString("    themes: &l [")
	for i := 0; i < width; i++ {
		if i > 0 {
			b.WriteString(", ")
		}
		fmt.Fprintf(&b, "t%d", i)
	}
	b.WriteString("]\n    countries: *l\n    targets: *l\n")
	for i := 0; i < width; i++ {
		b.WriteString("  - *d\n")
	}
	return []byte(b.String())
}

func TestAliasBombRefusedNamingTheLine(t *testing.T) {
	doc := aliasBomb(1500) // ~17 KB: 6.75 million nodes once expanded
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	err := parseWithin(t, 20*time.Second, doc)
	runtime.ReadMemStats(&after)
	if err == nil {
		t.Fatal("an alias bomb was accepted")
	}
	if !strings.Contains(err.Error(), "alias") {
		t.Errorf("error does not say what is wrong: %v", err)
	}
	// The error names the outermost alias being expanded when the budget
	// ran out: the first "- *d", on line 9 after the 8 lines that define
	// the anchors.
	if !strings.HasPrefix(err.Error(), "config.yaml:9: digests[1]") {
		t.Errorf("error does not name the alias's line: %v", err)
	}
	if alloc := after.TotalAlloc - before.TotalAlloc; alloc > 256<<20 {
		t.Errorf("parsing a %d-byte config allocated %d MB", len(doc), alloc>>20)
	}
}

func TestAliasesWithinReasonAccepted(t *testing.T) {
	// Ordinary reuse: one list of targets shared by several digests.
	doc := `
digests:
  - name: a
    cron: daily
    themes: [attribution]
    targets: &all [slack:C0123ABCD, slack:C0456EFGH]
  - name: b
    cron: weekly
    themes: [sovereignty]
    targets: *all
slack:
  bot_token: ${SLACK_BOT_TOKEN}
  app_token: ${SLACK_APP_TOKEN}
`
	c, err := Parse("config.yaml", []byte(doc), testEnv)
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Digests) != 2 || len(c.Digests[1].Targets) != 2 {
		t.Fatalf("aliased targets not decoded: %+v", c.Digests)
	}
}

func TestManyUnknownKeysLinearAndCapped(t *testing.T) {
	const n = 150000 // ~3.3 MB of unknown keys
	var b strings.Builder
	for i := 0; i < n; i++ {
		fmt.Fprintf(&b, "unknown_key_%07d: 1\n", i)
	}
	err := parseWithin(t, linearBudget(t, n), []byte(b.String()))
	if err == nil {
		t.Fatal("no error")
	}
	lines := strings.Split(err.Error(), "\n")
	if len(lines) != maxErrors+1 {
		t.Fatalf("%d lines of errors, want %d and a summary", len(lines), maxErrors)
	}
	if !strings.HasPrefix(lines[0], "config.yaml:1: unknown_key_0000000: unknown key") {
		t.Errorf("first error %q, want the first line's key", lines[0])
	}
	if want := fmt.Sprintf("… and %d more", n-maxErrors); !strings.Contains(lines[maxErrors], want) {
		t.Errorf("last line %q, want %q", lines[maxErrors], want)
	}
}

func TestBadEnabledDoesNotHideOtherErrors(t *testing.T) {
	tests := []struct {
		name string
		doc  string
		want []string
	}{
		{"slack", "slack:\n  enabled: maybe\n  transport: carrier-pigeon\n  bot_token: xoxb-literal\n",
			[]string{"config.yaml:2: slack.enabled: cannot unmarshal",
				"config.yaml:3: slack.transport: \"carrier-pigeon\" is not one of",
				"config.yaml:4: slack.bot_token: write secrets as an ${ENV_VAR}"}},
		{"slack enabled is a list", "slack:\n  enabled: [yes]\n  transport: http\n  bot_token: ${SLACK_BOT_TOKEN}\n",
			[]string{"config.yaml:2: slack.enabled: cannot unmarshal",
				"slack.signing_secret: required for the http transport"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse("config.yaml", []byte(tt.doc), testEnv)
			if err == nil {
				t.Fatal("no error")
			}
			for _, w := range tt.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q\n does not contain %q", err, w)
				}
			}
		})
	}
}

func TestRepeatedAndHugeMappingsLinear(t *testing.T) {
	const n = 100000
	tests := []struct {
		name string
		doc  func(b *strings.Builder)
		want []string
	}{
		{"one known key repeated", func(b *strings.Builder) {
			for i := 0; i < n; i++ {
				b.WriteString("listen: 127.0.0.1:1\n")
			}
		}, []string{"config.yaml:2: listen: already defined at line 1"}}, // once per key
		{"a free-form mapping with too many keys", func(b *strings.Builder) {
			b.WriteString("subscriptions:\n  admins:\n")
			for i := 0; i < n; i++ {
				fmt.Fprintf(b, "    platform%07d: [u]\n", i)
			}
		}, []string{fmt.Sprintf("config.yaml:2: subscriptions.admins: %d keys; at most %d", n, maxMapKeys)}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b strings.Builder
			tt.doc(&b)
			err := parseWithin(t, linearBudget(t, n), []byte(b.String()))
			if err == nil {
				t.Fatal("no error")
			}
			for _, w := range tt.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error does not contain %q:\n%.500s", w, err)
				}
			}
		})
	}
}
