package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestStatementsCommand(t *testing.T) {
	dir := t.TempDir()
	page := "Kenya has argued that capacity building must be demand-driven.\n" +
		"It also backs the Programme of Action.\n" +
		"Partnerships with Ghana and Chile are part of the regional programme.\n"
	os.WriteFile(filepath.Join(dir, "page.txt"), []byte(page), 0o644)
	os.WriteFile(filepath.Join(dir, "esc\x1b[2Jname.txt"), []byte("Peru has noted the difficulty of attribution in cyberspace.\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "holders.tsv"), []byte("page\tNo paragraph starts like this at all\tChile\n"), 0o644)

	code, out, errs := runCmd(t, "", "statements", "--corpus", dir, "--json", "--sort", "confidence")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var got StatementsJSON
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("%v: %s", err, out)
	}
	if len(got.Statements) != 4 || got.CorpusVersion == "" {
		t.Fatalf("got %+v", got)
	}
	low := got.Statements[0]
	if low.Attribution.Confidence != "low" || low.Country != "Kenya" || low.Attribution.Method != "block-order" ||
		strings.Join(low.Mentions, ",") != "Ghana,Chile" || low.Start != "Partnerships with Ghana and Chile are pa" {
		t.Errorf("lowest-confidence statement first: got %+v", low)
	}
	var sawEsc bool
	for _, s := range got.Statements {
		if s.Key == "" || len(s.Sources) == 0 || s.Attribution.Evidence == "" {
			t.Errorf("incomplete statement %+v", s)
		}
		if s.Sources[0] == "esc\x1b[2Jname" {
			sawEsc = true // JSON keeps the exact source ID
		}
	}
	if !sawEsc {
		t.Error("the source ID with an escape is not exact in JSON")
	}
	if !strings.Contains(strings.Join(got.Warnings, "\n"), "holders.tsv: line 1: no paragraph") {
		t.Errorf("warnings %q lack the unmatched holders.tsv line", got.Warnings)
	}

	code, out, _ = runCmd(t, "", "statements", "--corpus", dir, "--country", "peru")
	if code != 0 || strings.Contains(out, "Kenya") || !strings.Contains(out, "Peru") {
		t.Errorf("--country peru: exit %d\n%s", code, out)
	}
	if strings.ContainsRune(out, '\x1b') || !strings.Contains(out, `esc\x1b[2Jname`) {
		t.Errorf("text output does not escape the file name:\n%q", out)
	}
	if code, _, errs := runCmd(t, "", "statements", "--corpus", dir, "--country", "Atlantis"); code != 2 || !strings.Contains(errs, "Atlantis") {
		t.Errorf("unknown country: exit %d, %q", code, errs)
	}
	if code, _, _ := runCmd(t, "", "statements", "--sort", "holder"); code != 2 {
		t.Errorf("bad --sort: exit %d", code)
	}
}
