package corpus

import (
	"context"
	"os"
	"path/filepath"
	"testing"
)

// TestCapitalPossessive: a capital's delegation speaks for its country;
// a capital's possessive before another noun names no speaker.
func TestCapitalPossessive(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"Tbilisi's delegation pressed for stronger safeguards on stored data.", "Georgia"},
		{"In a short intervention, Juba's representative asked for technical assistance.", "South Sudan"},
		{"Victoria's government announced new rules for its transport network.", "Norway"}, // the block goes on, as for any subject that is no country
	} {
		dir := t.TempDir()
		if err := os.WriteFile(filepath.Join(dir, "p.txt"), []byte("Diary\n\nNorway said the talks went well.\n\n"+c.text+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		cp, err := LoadDir(context.Background(), dir, Options{})
		if err != nil {
			t.Fatal(err)
		}
		got := ""
		for _, s := range cp.Statements() {
			if s.Text == c.text {
				got = s.Country
			}
		}
		if got != c.want {
			t.Errorf("%q held by %q, want %q", c.text, got, c.want)
		}
	}
}
