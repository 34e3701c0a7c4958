package corpus

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync/atomic"
	"syscall"
	"testing"
	"testing/fstest"
	"time"
	"unicode/utf16"
	"unicode/utf8"
)

// loadDirWithin loads dir and fails the test if that takes longer than
// limit (a hang on a hostile file).
func loadDirWithin(t *testing.T, dir string, limit time.Duration) *Corpus {
	t.Helper()
	type res struct {
		c   *Corpus
		err error
	}
	ch := make(chan res, 1)
	go func() {
		c, err := LoadDir(context.Background(), dir, Options{})
		ch <- res{c, err}
	}()
	select {
	case r := <-ch:
		if r.err != nil {
			t.Fatal(r.err)
		}
		return r.c
	case <-time.After(limit):
		t.Fatalf("LoadDir(%s) still running after %s", dir, limit)
	}
	return nil
}

func warningsFor(c *Corpus, file string) string {
	var b strings.Builder
	for _, w := range c.Warnings {
		if w.File == file {
			b.WriteString(w.Msg + "; ")
		}
	}
	return b.String()
}

const peruLine = "Peru has noted the difficulty of attribution in cyberspace.\n"

func TestFIFOIsSkippedNotWaitedOn(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "a.txt"), []byte(peruLine), 0o644)
	if err := syscall.Mkfifo(filepath.Join(dir, "pipe.txt"), 0o644); err != nil {
		t.Skipf("mkfifo: %v", err)
	}
	c := loadDirWithin(t, dir, 10*time.Second)
	if w := warningsFor(c, "pipe.txt"); !strings.Contains(w, "named pipe") {
		t.Errorf("pipe.txt warnings %q do not say it is a named pipe", w)
	}
	if !c.Holds("Peru") {
		t.Error("the regular file next to the pipe was not loaded")
	}
}

// TestLinksStayInsideTheDirectory: links that resolve outside the corpus
// directory are skipped with a warning; links inside it are read; a
// directory named x.txt is skipped with a warning.
func TestLinksStayInsideTheDirectory(t *testing.T) {
	outside := t.TempDir()
	secret := filepath.Join(outside, "secret.txt")
	os.WriteFile(secret, []byte("Cuba keeps a secret position on norms of behaviour.\n"), 0o644)
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "a.txt"), []byte(peruLine), 0o644)
	os.Mkdir(filepath.Join(dir, "inner"), 0o755)
	os.WriteFile(filepath.Join(dir, "inner", "k.dat"), []byte("Kenya argued that capacity building must be demand-driven.\n"), 0o644)
	for link, target := range map[string]string{
		"out.txt":      secret,
		"passwd.txt":   "/etc/passwd",
		"zero.txt":     "/dev/zero",
		"dotdot.txt":   "../" + filepath.Base(outside) + "/secret.txt",
		"in.txt":       "inner/k.dat",
		"outdir":       outside,
		"dangling.txt": "nowhere.txt",
	} {
		if err := os.Symlink(target, filepath.Join(dir, link)); err != nil {
			t.Skipf("symlink: %v", err)
		}
	}
	os.Mkdir(filepath.Join(dir, "x.txt"), 0o755)
	os.WriteFile(filepath.Join(dir, "x.txt", "inside.txt"), []byte("Ghana has adopted a cybersecurity act in 2020.\n"), 0o644)

	c := loadDirWithin(t, dir, 20*time.Second)
	for _, name := range []string{"out.txt", "passwd.txt", "zero.txt", "dotdot.txt"} {
		if w := warningsFor(c, name); !strings.Contains(w, "outside the corpus directory") {
			t.Errorf("%s: warnings %q do not say the link leads outside", name, w)
		}
	}
	if w := warningsFor(c, "dangling.txt"); !strings.Contains(w, "link to nothing") {
		t.Errorf("dangling.txt: warnings %q", w)
	}
	if w := warningsFor(c, "x.txt"); !strings.Contains(w, "directory") {
		t.Errorf("x.txt (a directory): warnings %q", w)
	}
	if c.Holds("Cuba") || c.Holds("Ghana") {
		t.Error("read a file through a link out of the directory or inside a directory named x.txt")
	}
	if !c.Holds("Kenya") {
		t.Error("a link to a file inside the directory was not read")
	}
	for _, s := range c.Sources {
		if strings.HasPrefix(s, "outdir") {
			t.Errorf("followed a directory link: source %s", s)
		}
	}
}

func utf16File(s string, bigEndian bool) []byte {
	u := utf16.Encode([]rune(s))
	out := make([]byte, 0, 2+2*len(u))
	if bigEndian {
		out = append(out, 0xfe, 0xff)
	} else {
		out = append(out, 0xff, 0xfe)
	}
	for _, c := range u {
		if bigEndian {
			out = append(out, byte(c>>8), byte(c))
		} else {
			out = append(out, byte(c), byte(c>>8))
		}
	}
	return out
}

func TestUTF16WithBOMIsDecoded(t *testing.T) {
	fsys := fstest.MapFS{
		"le.txt": {Data: utf16File("Kenya argued that capacity building must be demand‑driven.\r\nIt also backs the PoA.\r\n", false)},
		"be.txt": {Data: utf16File("Côte d'Ivoire has adopted a cybersecurity strategy in 2021.\n", true)},
	}
	c, err := Load(context.Background(), fsys, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for file, holder := range map[string]string{"le.txt": "Kenya", "be.txt": "Côte d'Ivoire"} {
		if w := warningsFor(c, file); !strings.Contains(w, "UTF-16") || strings.Contains(w, "skipped") {
			t.Errorf("%s: warnings %q", file, w)
		}
		if !c.Holds(holder) {
			t.Errorf("%s: no statement held by %s", file, holder)
		}
	}
	if s := findStatement(t, c, "Kenya argued"); !strings.Contains(s.Text, "demand‑driven.") {
		t.Errorf("decoded text %q", s.Text)
	}
}

// TestLongParagraphsAreSplit: a paragraph far over 4 KiB is split at
// sentence ends, every piece keeps the paragraph's holder, a sentence
// over 4 KiB is cut with a warning naming the file and position, and the
// memory allocated stays a small multiple of the input.
func TestLongParagraphsAreSplit(t *testing.T) {
	var b strings.Builder
	b.WriteString("Norway has argued for a strong role of the OEWG. ")
	words := []string{"capacity", "building", "norms", "sovereignty", "attribution", "due", "diligence", "treaty", "resilience", "infrastructure"}
	for i := 0; b.Len() < 4<<20; i++ {
		b.WriteString("It stresses ")
		for j := 0; j < 8; j++ {
			b.WriteString(words[(i*7+j*3)%len(words)])
			b.WriteString(" ")
		}
		b.WriteString("in its statement number ")
		b.WriteString(strconv.Itoa(i))
		b.WriteString(". ")
	}
	long := b.String()
	runOn := strings.Repeat("word ", 2000) // one 10 KB sentence
	fsys := fstest.MapFS{"long.txt": {Data: []byte(long + "\n" + "Chile has a view on norms of behaviour. " + runOn + "\n")}}
	var c *Corpus

	peak := peakHeap(func() {
		var err error
		c, err = Load(context.Background(), fsys, Options{Workers: 1})
		if err != nil {
			t.Fatal(err)
		}
	})
	t.Logf("peak heap %d MB for a %d MB paragraph", peak>>20, len(long)>>20)
	if limit := uint64(10 * len(long)); peak > limit {
		t.Errorf("peak heap %d MB for a %d MB paragraph (limit %d MB)", peak>>20, len(long)>>20, limit>>20)
	}
	for _, s := range c.Statements() {
		if len(s.Text) > maxParagraph {
			t.Fatalf("statement of %d bytes", len(s.Text))
		}
		want := "Norway"
		if strings.Contains(s.Text, "word word") || strings.HasPrefix(s.Text, "Chile") {
			want = "Chile"
		}
		if s.Country != want {
			t.Fatalf("piece %.40q held by %s, want %s", s.Text, s.Country, want)
		}
	}
	if c.Len() < 1000 {
		t.Errorf("%d statements: the paragraph was not split", c.Len())
	}
	w := warningsFor(c, "long.txt")
	if !strings.Contains(w, "sentence over 4096 bytes was cut at byte") {
		t.Errorf("no warning for the cut sentence: %q", w)
	}
}

// TestControlCharactersAreRemoved: NULs past the binary check and
// terminal escapes leave no trace in statements; a file name with
// control characters is escaped for display and exact in the source ID.
func TestControlCharactersAreRemoved(t *testing.T) {
	body := strings.Repeat("Peru has noted the difficulty of attribution in cyberspace.\n", 200) + // > 8 KB of clean text
		"Chile\x00 has\x1b[31m argued\x07 for \u009bnorms of behaviour in cyberspace.\n"
	name := "evil\x1b]0;pwned\x07\nname.txt"
	c, err := Load(context.Background(), fstest.MapFS{name: {Data: []byte(body)}}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	s := findStatement(t, c, "Chile")
	if s.Text != "Chile has[31m argued for norms of behaviour in cyberspace." {
		t.Errorf("text %q", s.Text)
	}
	if s.Sources[0] != strings.TrimSuffix(name, ".txt") {
		t.Errorf("source ID %q is not the exact name", s.Sources[0])
	}
	for _, w := range c.Warnings {
		if strings.ContainsAny(w.String(), "\x1b\x07\n") {
			t.Errorf("warning shows raw control characters: %q", w.String())
		}
	}
	if got := DisplayName(name); strings.ContainsAny(got, "\x1b\x07\n") || !strings.Contains(got, `\x1b`) {
		t.Errorf("DisplayName = %q", got)
	}
}

func TestLoadIsCancellable(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := Load(ctx, fstest.MapFS{"a.txt": {Data: []byte(peruLine)}}, Options{})
	if !errors.Is(err, context.Canceled) {
		t.Errorf("Load with a cancelled context: err = %v, want context.Canceled", err)
	}
	// Cancelled while reading a large file: it returns promptly.
	big := strings.Repeat("Peru has noted the difficulty of attribution in cyberspace number one.\n", 400000)
	ctx, cancel = context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer cancel()
	start := time.Now()
	_, err = Load(ctx, fstest.MapFS{"a.txt": {Data: []byte(big)}, "b.txt": {Data: []byte(big + "x")}}, Options{})
	if err == nil {
		t.Skip("the load finished before the deadline")
	}
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("err = %v, want the deadline", err)
	}
	if d := time.Since(start); d > 2*time.Second {
		t.Errorf("cancelled load took %s", d)
	}
}

// peakHeap runs f and returns the largest heap in use seen while it ran
// (sampled every millisecond), above the heap in use before.
func peakHeap(f func()) uint64 {
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	base := ms.HeapInuse
	var peak atomic.Uint64
	stop := make(chan struct{})
	done := make(chan struct{})
	go func() {
		defer close(done)
		var ms runtime.MemStats
		for {
			runtime.ReadMemStats(&ms)
			if ms.HeapInuse > peak.Load() {
				peak.Store(ms.HeapInuse)
			}
			select {
			case <-stop:
				return
			case <-time.After(time.Millisecond):
			}
		}
	}()
	f()
	close(stop)
	<-done
	runtime.ReadMemStats(&ms)
	p := max(peak.Load(), ms.HeapInuse)
	if p < base {
		return 0
	}
	return p - base
}

// TestStripControlsAgreesWithTheByteLoop: the 8-bytes-at-a-time fast path
// finds every control character the plain loop finds, at any offset.
func TestStripControlsAgreesWithTheByteLoop(t *testing.T) {
	base := "Peru has noted the difficulty of attribution, caf\u00e9 \u00a0 \u2019quoted\u2019 text.\n"
	for _, bad := range []string{"\x00", "\x1b", "\x7f", "\u0085", "\u009b", "\x01", "\x1f"} {
		for off := 0; off < 24; off++ {
			in := base[:off] + bad + base[off:]
			if !utf8.ValidString(in) {
				continue
			}
			out, n := stripControls([]byte(in))
			if n != 1 || string(out) != base {
				t.Errorf("%q at %d: got %q (%d removed)", bad, off, out, n)
			}
		}
	}
	if out, n := stripControls([]byte(base + base)); n != 0 || string(out) != base+base {
		t.Errorf("clean text changed: %q, %d", out, n)
	}
	if !strings.EqualFold(string(appendNormalized(nil, " a \t‘b’  “c”\n")), normalize(" a \t‘b’  “c”\n")) {
		t.Error("appendNormalized differs from normalize")
	}
}
