package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

func runCmd(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(context.Background(), args, strings.NewReader(stdin), &out, &errb)
	return code, out.String(), errb.String()
}

func TestAskJSON(t *testing.T) {
	code, out, errs := runCmd(t, "", "ask", "--json", "what does Peru say on attribution?")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var r struct {
		Query, Intent, Message string
		Countries, Themes      []string
		Answers                []struct {
			Country string
			Sources []string
		}
		Related []json.RawMessage
	}
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatalf("not one JSON object: %v\n%s", err, out)
	}
	if r.Intent != "stance" || len(r.Answers) == 0 || r.Answers[0].Country != "Peru" || len(r.Answers[0].Sources) != 5 {
		t.Errorf("reply = %+v", r)
	}
	if strings.Count(strings.TrimSpace(out), "\n") != 0 {
		t.Errorf("JSON output is not a single line/object")
	}
}

func TestAskNoAnswerExitsZero(t *testing.T) {
	for _, q := range []string{"what does France say on attribution?", "what does Serbia say on human rights?", "what is the weather?"} {
		code, out, _ := runCmd(t, "", "ask", "--json", q)
		if code != 0 || !strings.Contains(out, `"answers":[]`) {
			t.Errorf("%q: exit %d, %s", q, code, out)
		}
	}
}

func TestAskFlagsAfterQuestion(t *testing.T) {
	code, out, _ := runCmd(t, "", "ask", "who", "talks", "about", "due", "diligence?", "--json", "-n", "1")
	if code != 0 || strings.Count(out, `"country"`) != 1 {
		t.Errorf("exit %d, out %s", code, out)
	}
}

func TestAskOtherCorpus(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "x1.txt"), []byte("Chile supports the\napplication of international law to cyberspace.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, _ := runCmd(t, "", "ask", "--corpus", dir, "--json", "Chile on international law")
	if code != 0 || !strings.Contains(out, `"sources":["x1"]`) {
		t.Errorf("exit %d, out %s", code, out)
	}
}

func TestUsageErrors(t *testing.T) {
	tests := []struct {
		args []string
		code int
		msg  string
	}{
		{[]string{"ask"}, 2, "give a question"},
		{[]string{"ask", "-n", "-1", "Peru"}, 2, "-n must be"},
		{[]string{"ask", "--corpus", "/nonexistent", "Peru"}, 1, "/nonexistent"},
		{[]string{"frobnicate"}, 2, "unknown command"},
		{[]string{"ask", "--themes", "/nonexistent.txt", "Peru"}, 1, "theme lexicon"},
	}
	for _, tt := range tests {
		code, _, errs := runCmd(t, "", tt.args...)
		if code != tt.code || !strings.Contains(errs, tt.msg) {
			t.Errorf("%v: exit %d, stderr %q; want %d and %q", tt.args, code, errs, tt.code, tt.msg)
		}
	}
}

func TestChatPiped(t *testing.T) {
	code, out, _ := runCmd(t, "what does Peru say on attribution?\n\nTell me about Cuba\nquit\nnever asked\n")
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	for _, want := range []string{"Peru on attribution", "003_b51f9da9da894e76", "Cuba: 1 statement"} {
		if !strings.Contains(out, want) {
			t.Errorf("chat output lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "> ") {
		t.Error("prompt printed on a pipe")
	}
}

func TestCountriesAndThemes(t *testing.T) {
	_, out, _ := runCmd(t, "", "countries")
	lines := strings.Split(out, "\n")
	if !strings.HasPrefix(lines[0], "COUNTRY") || !strings.Contains(lines[0], "STATEMENTS HELD") {
		t.Errorf("countries has no header:\n%s", out)
	}
	if !regexp.MustCompile(`(?m)^Peru +3$`).MatchString(out) || !regexp.MustCompile(`(?m)^South Korea +2$`).MatchString(out) || strings.Contains(out, "China") {
		t.Errorf("countries:\n%s", out)
	}
	_, out, _ = runCmd(t, "", "themes")
	if !strings.HasPrefix(out, "THEME") {
		t.Errorf("themes has no header:\n%s", out)
	}
	for _, th := range []string{"attribution", "due diligence", "militarisation", "state responsibility"} {
		if !regexp.MustCompile(`(?m)^` + th + ` +\d+ +`).MatchString(out) {
			t.Errorf("themes lacks %s", th)
		}
	}
	_, out, _ = runCmd(t, "", "countries", "--json")
	var cs []CountryJSON
	if err := json.Unmarshal([]byte(out), &cs); err != nil || len(cs) == 0 {
		t.Fatalf("countries --json: %v\n%s", err, out)
	}
	found := false
	for _, c := range cs {
		found = found || c.Country == "Peru" && c.Statements == 3
	}
	if !found {
		t.Errorf("countries --json lacks Peru with 3: %+v", cs)
	}
	_, out, _ = runCmd(t, "", "themes", "--json")
	var ts []ThemeJSON
	if err := json.Unmarshal([]byte(out), &ts); err != nil || len(ts) == 0 || ts[0].Theme == "" || len(ts[0].Phrases) == 0 {
		t.Fatalf("themes --json: %v\n%s", err, out)
	}
}

func TestExplainCommand(t *testing.T) {
	code, out, errOut := runCmd(t, "", "explain", "what does Peru say on attribution?")
	if code != 0 {
		t.Fatalf("explain exited %d: %s", code, errOut)
	}
	for _, w := range []string{"Why:", "country", "Peru", "#  country  score"} {
		if !strings.Contains(out, w) {
			t.Errorf("explain lacks %q:\n%s", w, out)
		}
	}
	if strings.Contains(out, "map[") || strings.Contains(errOut, "unknown command") {
		t.Errorf("explain output leaks Go syntax or is unknown:\n%s%s", out, errOut)
	}
}
