package corpus

import (
	"context"
	"os"
	"path/filepath"
	"testing"
)

// TestApplyDatesUndated: applyDates' fast path for a corpus with no dated
// source leaves every statement with the date the full pass gives it
// (the zero Date), and a corpus with dated sources still gets them.
func TestApplyDatesUndated(t *testing.T) {
	dirs, _ := filepath.Glob("../testdata/*")
	dirs = append(dirs, "../seeds")
	undated, dated := 0, 0
	for _, dir := range dirs {
		if fi, err := os.Stat(dir); err != nil || !fi.IsDir() {
			continue
		}
		c, err := LoadDir(context.Background(), dir, Options{})
		if err != nil {
			continue // not a corpus
		}
		before := make([]Date, c.Len())
		for i := range before {
			before[i] = c.Meta(i).Date
		}
		if c.HasDates() {
			dated++
		} else {
			undated++
		}
		c.applyEachDate() // the full pass, whatever the corpus
		for i, d := range before {
			if got := c.Meta(i).Date; got != d {
				t.Fatalf("%s: statement %d dated %v by the load, %v by the full pass", dir, i, d, got)
			}
		}
	}
	if undated == 0 || dated == 0 {
		t.Fatalf("%d undated and %d dated corpora: the test needs both", undated, dated)
	}
}
