package reload

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/stancebot/stancebot/corpus"
)

// Editing sources.tsv alone reloads the corpus with the new citations.
func TestWatchReloadsOnSourcesTSV(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) {
		t.Helper()
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("chile.txt", "Chile holds that international law applies in full to state conduct in cyberspace.\n")
	c, err := corpus.LoadDir(context.Background(), dir, corpus.Options{})
	if err != nil {
		t.Fatal(err)
	}
	h := &holder{}
	h.SetCorpus(c)
	r := &Reloader{Dir: dir, Target: h, Debounce: 20 * time.Millisecond, Log: quiet}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error)
	go func() { done <- r.Run(ctx) }()
	// Write until the watcher is up and has seen it (Run starts watching
	// asynchronously).
	waitFor(t, "the citation to be reloaded", func() bool {
		write(corpus.SourcesFile, "id\ttitle\tdate\nchile\tStatement of Chile at the OEWG\t2022-03\n")
		time.Sleep(30 * time.Millisecond)
		return h.Corpus().Source("chile").Title == "Statement of Chile at the OEWG"
	})
	if d := h.Corpus().Statement(0).Date.String(); d != "2022-03" {
		t.Errorf("statement date %q after the reload", d)
	}
	cancel()
	if err := <-done; err != nil {
		t.Error(err)
	}
}
