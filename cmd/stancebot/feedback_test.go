package main

import (
	"bytes"
	"context"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stancebot/stancebot/feedback"
	"github.com/stancebot/stancebot/store"
)

func TestFeedbackExport(t *testing.T) {
	db := filepath.Join(t.TempDir(), "s.db")
	st, err := store.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	day := time.Date(2026, 5, 4, 10, 0, 0, 0, time.UTC)
	for i, v := range []feedback.Vote{
		{Question: "what does Ghana say on norms", Intent: "stance", Keys: []string{"ab12"}, Vote: feedback.Up, Platform: "slack", Room: "C7", User: "U7", At: day},
		{Question: "Kenya on cybercrime", Intent: "stance", Keys: []string{"cd34", "ef56"}, Vote: feedback.Down, Reason: "missing_statement", Platform: "matrix", Room: "!q:x", User: "@v:x", At: day.AddDate(0, 0, 3)},
	} {
		if err := st.Feedback().Record(context.Background(), v); err != nil {
			t.Fatal(i, err)
		}
	}
	st.Close()
	tests := []struct {
		name  string
		args  []string
		code  int
		lines int
		want  string
	}{
		{"table", []string{"--store", db}, 0, 3, "missing_statement"},
		{"json since", []string{"--store", db, "--json", "--since", "2026-05-06"}, 0, 1, `"statement_keys":["cd34","ef56"]`},
		{"nothing since", []string{"--store", db, "--since", "2027-01-01"}, 0, 1, "No votes."},
		{"bad date", []string{"--store", db, "--since", "last tuesday"}, 2, 0, ""},
		{"no store", nil, 2, 0, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var out, errb bytes.Buffer
			code := run(context.Background(), append([]string{"feedback"}, tc.args...), nil, &out, &errb)
			if code != tc.code {
				t.Fatalf("exit %d, want %d (stderr %q)", code, tc.code, errb.String())
			}
			if tc.code != 0 {
				if errb.Len() == 0 {
					t.Error("no error message")
				}
				return
			}
			if n := strings.Count(out.String(), "\n"); n != tc.lines || !strings.Contains(out.String(), tc.want) {
				t.Errorf("%d lines, want %d with %q:\n%s", n, tc.lines, tc.want, out.String())
			}
			if tc.name == "json since" {
				var v feedback.Vote
				if err := json.Unmarshal(out.Bytes(), &v); err != nil || v.User != "@v:x" || v.Reason != "missing_statement" {
					t.Errorf("JSON %+v, %v", v, err)
				}
			}
		})
	}
}
