// Package explaintext renders the "Why" view of an explained reply
// (bot.Explain) as plain-text tables. Every adapter shows it the same way:
// the console and CLI as is, Slack in a code block, Matrix in <pre>.
package explaintext

import (
	"fmt"
	"io"
	"sort"
	"strings"
	"text/tabwriter"

	"github.com/stancebot/stancebot/bot"
)

// Write writes how a question was read and why each answer
// scored, as two aligned tables (no Go map syntax: terms are listed by
// weight, highest first).
func Write(w io.Writer, e *bot.Explain, l bot.Labels) {
	fmt.Fprintf(w, "%s:\n", l.Why)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	if e.Lang != "" {
		langs := ""
		if len(e.LangScores) > 0 {
			langs = " (" + weights(e.LangScores, "%.2f") + ")"
		}
		fmt.Fprintf(tw, "   %s\t%s%s\n", strings.ToLower(l.Language), e.Lang, langs)
	}
	if e.English != "" {
		fmt.Fprintf(tw, "   %s\t%q\n", strings.ToLower(l.ReadAs), e.English)
	}
	for _, st := range e.Translation {
		to := st.To
		if to == "" {
			to = l.Field("dropped")
		}
		fmt.Fprintf(tw, "   %s\t%q → %q (%s)\n", l.Field("translated"), st.From, to, st.How)
	}
	for _, m := range e.Countries {
		fmt.Fprintf(tw, "   %s\t%s, %s %q (%s)\n", l.Field("country"), m.Country, l.Field("from"), m.Matched, m.How)
	}
	themes := l.Field("none")
	if len(e.Themes) > 0 {
		themes = strings.Join(e.Themes, ", ")
	}
	fmt.Fprintf(tw, "   %s\t%s\n", l.Field("themes"), themes)
	for _, c := range e.Corrections {
		fmt.Fprintf(tw, "   %s\t%s → %s\n", l.Field("corrected"), c.From, c.To)
	}
	for _, tp := range e.ThemePhrases {
		fmt.Fprintf(tw, "   %s\t%q → %s\n", l.Field("theme-phrase"), tp.Words, tp.Theme)
	}
	for _, d := range e.Dropped {
		fmt.Fprintf(tw, "   %s\t%q\n", l.Field("left-out"), d)
	}
	fmt.Fprintf(tw, "   %s\t%s\n", l.Field("stems"), strings.Join(e.Stems, " "))
	if e.Fallback != "" {
		fmt.Fprintf(tw, "   %s\t%s\n", l.Field("fallback"), e.Fallback)
	}
	if e.Dates != "" {
		fmt.Fprintf(tw, "   %s\t%s\n", l.Field("dates"), e.Dates)
	}
	tw.Flush()
	if len(e.Scores) == 0 {
		return
	}
	fmt.Fprintln(w)
	tw = tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "   "+l.Field("scores-header"))
	for i, sc := range e.Scores {
		holder := sc.Attribution.Method
		if sc.Attribution.Evidence != "" {
			holder += fmt.Sprintf(" %q", sc.Attribution.Evidence)
		}
		if sc.Attribution.Confidence != "" {
			holder += " (" + sc.Attribution.Confidence + ")"
		}
		if holder == "" {
			holder = "-"
		}
		terms := weights(sc.Terms, "%.2f")
		if terms == "" {
			terms = "-"
		}
		match := sc.Match
		if match == "" {
			match = "-"
		}
		fmt.Fprintf(tw, "   %d\t%s\t%.2f\t%.2f\t%.2f\t%s\t%s\t%s\n", i+1, sc.Country, sc.Score, sc.BM25, sc.ThemeBonus, match, holder, terms)
	}
	tw.Flush()
}

// weights lists a map's entries as "key value, ...", largest value first
// (ties by key), so the output is stable and readable.
func weights(m map[string]float64, format string) string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if m[keys[i]] != m[keys[j]] {
			return m[keys[i]] > m[keys[j]]
		}
		return keys[i] < keys[j]
	})
	parts := make([]string, len(keys))
	for i, k := range keys {
		parts[i] = k + " " + fmt.Sprintf(format, m[k])
	}
	return strings.Join(parts, ", ")
}
