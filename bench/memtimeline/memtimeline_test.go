package memtimeline

import (
	"bytes"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"
)

var sink [][]byte

func TestRecorderPhasesAndPeak(t *testing.T) {
	dir := t.TempDir()
	r := Start(time.Millisecond, filepath.Join(dir, "peak.pprof"))
	r.PhaseProfiles = filepath.Join(dir, "ph")
	r.Phase("grow")
	for i := 0; i < 64; i++ { // 64 MB held: the resident size must rise
		b := make([]byte, 1<<20)
		for j := range b {
			b[j] = byte(j)
		}
		sink = append(sink, b)
	}
	time.Sleep(5 * time.Millisecond)
	r.Phase("drop")
	sink = nil
	runtime.GC()
	ss := r.Stop()
	if len(ss) < 3 {
		t.Fatalf("%d samples, want at least 3", len(ss))
	}
	peaks := PhasePeaks(ss)
	var names []string
	for _, p := range peaks {
		names = append(names, p.Phase)
	}
	if got := strings.Join(names, ","); got != "start,grow,drop" {
		t.Fatalf("phases %s, want start,grow,drop", got)
	}
	if p := Peak(ss); p.Phase != "grow" && p.Phase != "drop" || p.RSS < 64<<20 {
		t.Errorf("peak %v: want the 64 MB held in grow (or at the start of drop)", p)
	}
	if peaks[1].Live == 0 || peaks[1].Total == 0 {
		t.Errorf("no runtime figures in %v", peaks[1])
	}
	for _, f := range []string{"peak.pprof", "ph-grow.pprof", "ph-drop.pprof"} {
		if m, _ := filepath.Glob(filepath.Join(dir, f)); len(m) != 1 {
			t.Errorf("no %s written", f)
		}
	}
	var buf bytes.Buffer
	if err := WriteTSV(&buf, ss); err != nil {
		t.Fatal(err)
	}
	if lines := strings.Count(buf.String(), "\n"); lines != len(ss)+1 {
		t.Errorf("%d TSV lines for %d samples", lines, len(ss))
	}
}
