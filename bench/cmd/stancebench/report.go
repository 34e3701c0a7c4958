package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/stancebot/stancebot/bench/gen"
)

var kinds = []string{gen.KindStance, gen.KindTheme, gen.KindCompare}

// present returns the engines measured at sr, in report order.
func present(sr *sizeResult) []*childResult {
	var out []*childResult
	for _, name := range engineNames {
		if r := sr.Engines[name]; r != nil {
			out = append(out, r)
		}
	}
	return out
}

func printSize(w io.Writer, sr *sizeResult) {
	fmt.Fprintf(w, "## %s unique statements\n\n", sizeLabel(sr.Size))
	fmt.Fprintf(w, "generated %d files, %.1f MB raw, %.1f MB unique statement text, %d countries (%.1f s); load average before/after: %s / %s\n\n",
		sr.Files, mb(sr.RawBytes), mb(sr.UniqueBytes), sr.Countries, sr.GenSeconds, sr.LoadAvgBefore, sr.LoadAvgAfter)
	es := present(sr)
	sb := sr.Engines["stancebot"]
	head := []string{""}
	for _, e := range es {
		head = append(head, engineTitle[e.Engine])
		if e.Engine != "stancebot" && sb != nil {
			head = append(head, "÷ stancebot")
		}
	}
	fmt.Fprintf(w, "| %s |\n", strings.Join(head, " | "))
	fmt.Fprintf(w, "|---%s|\n", strings.Repeat("|---:", len(head)-1))
	row := func(name string, f func(*childResult) string, ratio func(sb, other *childResult) string) {
		cells := []string{name}
		for _, e := range es {
			cells = append(cells, f(e))
			if e.Engine != "stancebot" && sb != nil {
				r := ""
				if ratio != nil {
					r = ratio(sb, e)
				}
				cells = append(cells, r)
			}
		}
		fmt.Fprintf(w, "| %s |\n", strings.Join(cells, " | "))
	}
	row("load + index", func(r *childResult) string { return fmt.Sprintf("%.2f s", r.LoadSeconds) },
		func(a, b *childResult) string { return times(b.LoadSeconds / a.LoadSeconds) })
	row("input read", func(r *childResult) string {
		if r.Engine == "stancebot" {
			return fmt.Sprintf("%.1f MB raw files", mb(r.InputBytes))
		}
		return fmt.Sprintf("%.1f MB statements", mb(r.InputBytes))
	}, nil)
	row("throughput", func(r *childResult) string { return fmt.Sprintf("%.1f MB/s", mb(r.InputBytes)/r.LoadSeconds) }, nil)
	row("unique statements", func(r *childResult) string { return fmt.Sprintf("%d", r.Statements) }, nil)
	row("live heap after load", func(r *childResult) string { return fmt.Sprintf("%.1f MB", mb(int64(r.HeapAfterLoad))) },
		func(a, b *childResult) string { return times(float64(b.HeapAfterLoad) / float64(a.HeapAfterLoad)) })
	row("peak RSS", func(r *childResult) string {
		return fmt.Sprintf("%.1f MB (%.1f× text)", mb(int64(r.PeakRSS)), float64(r.PeakRSS)/float64(r.TextBytes))
	}, func(a, b *childResult) string { return times(float64(b.PeakRSS) / float64(a.PeakRSS)) })
	for _, k := range kinds {
		row(k+" p50 / p99", func(r *childResult) string {
			l := r.Latency[k]
			if l == nil {
				return "—"
			}
			return fmt.Sprintf("%s / %s µs", num(l.P50), num(l.P99))
		}, func(a, b *childResult) string {
			la, lb := a.Latency[k], b.Latency[k]
			if la == nil || lb == nil {
				return ""
			}
			return times(lb.P50/la.P50) + " / " + times(lb.P99/la.P99)
		})
	}
	for _, k := range kinds {
		row(k+" first asking p50 / p99", func(r *childResult) string {
			l := r.Latency[k]
			if l == nil {
				return "—"
			}
			return fmt.Sprintf("%s / %s µs", num(l.FirstP50), num(l.FirstP99))
		}, func(a, b *childResult) string {
			la, lb := a.Latency[k], b.Latency[k]
			if la == nil || lb == nil || la.FirstP50 == 0 || la.FirstP99 == 0 {
				return ""
			}
			return times(lb.FirstP50/la.FirstP50) + " / " + times(lb.FirstP99/la.FirstP99)
		})
	}
	row("stance top-1 hit rate", func(r *childResult) string {
		return fmt.Sprintf("%.1f%% (%d/%d)", 100*r.hitRate(), r.Hits, r.Probes)
	}, nil)
	row("stance answers naming another country", func(r *childResult) string { return fmt.Sprint(r.WrongCountry) }, nil)
	row("questions with no answer (stance/theme/compare)", func(r *childResult) string {
		var parts []string
		for _, k := range kinds {
			if l := r.Latency[k]; l != nil {
				parts = append(parts, fmt.Sprint(l.Empty))
			}
		}
		return strings.Join(parts, "/")
	}, nil)
	fmt.Fprintln(w)
	for _, r := range es {
		if len(r.Misses) > 0 {
			fmt.Fprintf(w, "%s stance misses (first %d):\n", engineTitle[r.Engine], len(r.Misses))
			for _, m := range r.Misses {
				fmt.Fprintf(w, "- %s\n", m)
			}
			fmt.Fprintln(w)
		}
	}
}

func printGrowth(w io.Writer, sizes []*sizeResult) {
	fmt.Fprintln(w, "## Growth")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "| size | raw MB | engine | load s | MB/s | peak RSS MB | stance p50 µs | stance p99 µs | theme p50 µs | compare p50 µs |")
	fmt.Fprintln(w, "|---|---:|---|---:|---:|---:|---:|---:|---:|---:|")
	for _, sr := range sizes {
		for _, r := range present(sr) {
			fmt.Fprintf(w, "| %s | %.0f | %s | %.2f | %.1f | %.0f | %s | %s | %s | %s |\n",
				sizeLabel(sr.Size), mb(sr.RawBytes), engineTitle[r.Engine], r.LoadSeconds, mb(r.InputBytes)/r.LoadSeconds,
				mb(int64(r.PeakRSS)), p(r, gen.KindStance, false), p(r, gen.KindStance, true),
				p(r, gen.KindTheme, false), p(r, gen.KindCompare, false))
		}
	}
	fmt.Fprintln(w)
}

func p(r *childResult, kind string, p99 bool) string {
	l := r.Latency[kind]
	if l == nil {
		return "—"
	}
	if p99 {
		return num(l.P99)
	}
	return num(l.P50)
}

func printCold(w io.Writer, c *coldResult) {
	fmt.Fprintln(w, "## Cold start")
	fmt.Fprintln(w)
	fmt.Fprintf(w, "`stancebot ask --json %q` on the embedded seeds, %d runs: p50 %.1f ms, p90 %.1f ms, min %.1f ms "+
		"(exec of /bin/true on this machine: p50 %.1f ms)\n\n", c.Question, c.Runs, c.P50, c.P90, c.Min, c.TrueP50)
}

// target is one issue-6 goal checked against the largest size measured.
type target struct {
	name, want, got string
	ok              bool
}

func printTargets(w io.Writer, rep *report) {
	var ts []target
	at := "cold start only"
	if n := len(rep.Sizes); n > 0 {
		sr := rep.Sizes[n-1]
		if sb := sr.Engines["stancebot"]; sb != nil {
			st, th := sb.Latency[gen.KindStance], sb.Latency[gen.KindTheme]
			ts = append(ts,
				target{"stance p50", "≤ 20 µs", num(st.P50) + " µs", st.P50 <= 20},
				target{"stance p99", "≤ 200 µs", num(st.P99) + " µs", st.P99 <= 200})
			for _, bl := range present(sr)[1:] {
				bs := bl.Latency[gen.KindStance]
				r50, r99 := bs.P50/st.P50, bs.P99/st.P99
				ts = append(ts, target{"stance vs " + engineTitle[bl.Engine], "≥ 20× faster",
					fmt.Sprintf("%s at p50, %s at p99", times(r50), times(r99)), r50 >= 20 && r99 >= 20})
			}
			rate := mb(sb.InputBytes) / sb.LoadSeconds
			ratio := float64(sb.PeakRSS) / float64(sb.TextBytes)
			ts = append(ts,
				target{"theme p50", "≤ 200 µs", num(th.P50) + " µs", th.P50 <= 200},
				target{"load throughput", "≥ 200 MB/s", fmt.Sprintf("%.0f MB/s", rate), rate >= 200},
				target{"peak RSS", "≤ 3× unique text", fmt.Sprintf("%.1f MB = %.1f× %.1f MB", mb(int64(sb.PeakRSS)), ratio, mb(sb.TextBytes)), ratio <= 3},
				target{"stance answer first", "100%", fmt.Sprintf("%.1f%%", 100*sb.hitRate()), sb.Hits == sb.Probes && sb.Probes > 0})
		}
		at = "measured at " + sizeLabel(sr.Size)
	}
	if rep.Cold != nil {
		ts = append(ts, target{"cold start", "≤ 20 ms", fmt.Sprintf("%.1f ms p50", rep.Cold.P50), rep.Cold.P50 <= 20})
	}
	if len(ts) == 0 {
		return
	}
	fmt.Fprintf(w, "## Targets (issue 6, set for 100k; %s)\n\n", at)
	fmt.Fprintln(w, "| target | goal | measured | |")
	fmt.Fprintln(w, "|---|---|---|---|")
	for _, t := range ts {
		mark := "met"
		if !t.ok {
			mark = "**missed**"
		}
		fmt.Fprintf(w, "| %s | %s | %s | %s |\n", t.name, t.want, t.got, mark)
	}
}

func times(x float64) string {
	if x >= 10 {
		return fmt.Sprintf("%.0f×", x)
	}
	return fmt.Sprintf("%.1f×", x)
}

// num prints a microsecond figure with sensible precision.
func num(x float64) string {
	switch {
	case x >= 100:
		return fmt.Sprintf("%.0f", x)
	case x >= 10:
		return fmt.Sprintf("%.1f", x)
	}
	return fmt.Sprintf("%.2f", x)
}
