package bot

import (
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/stancebot/stancebot/corpus"
)

// UnknownThemeError reports a theme the corpus lexicon does not know.
type UnknownThemeError struct {
	Theme string
	Known []string
}

func (e *UnknownThemeError) Error() string {
	return fmt.Sprintf("unknown theme %q (themes: %s)", e.Theme, strings.Join(e.Known, ", "))
}

// UnknownCountryError reports a country name the gazetteer does not know.
type UnknownCountryError struct{ Country string }

func (e *UnknownCountryError) Error() string {
	return fmt.Sprintf("unknown country %q", e.Country)
}

// digestError names the digest when it has a name (a scheduled one); an
// unnamed one (the CLI's, a chat command's) needs no "digest :" prefix.
func digestError(name string, err error) error {
	if name == "" {
		return err
	}
	return fmt.Errorf("digest %s: %w", name, err)
}

// ResolveTheme maps user words to a theme of the current corpus lexicon.
func (b *Bot) ResolveTheme(words string) (string, bool) { return b.Corpus().ResolveTheme(words) }

// ThemeExactly maps words to a theme only when one lexicon phrase (or the
// theme's name) covers all of them: "due diligence" does, "attribution
// countermeasures" does not.
func (b *Bot) ThemeExactly(words string) (string, bool) {
	c := b.Corpus()
	if c == nil || c.Lexicon == nil {
		return "", false
	}
	if i := c.Lexicon.Index(strings.TrimSpace(words)); i >= 0 {
		return c.Lexicon.Themes[i].Name, true
	}
	st := corpus.Stems(words)
	for _, m := range c.Lexicon.Match(st) {
		if m.First == 0 && m.Len == len(st) && len(st) > 0 {
			return c.Lexicon.Themes[m.Theme].Name, true
		}
	}
	return "", false
}

// ThemeNames lists the themes of the current corpus lexicon.
func (b *Bot) ThemeNames() []string { return b.Corpus().ThemeNames() }

// Digest builds a digest named name over themes (theme names or words the
// lexicon resolves), optionally limited to countries. previous holds the
// statement keys of the corpus at the previous digest to the same target:
// statements not in it are marked new; nil means there was no previous
// digest and nothing is marked. It returns the corpus the digest was built
// from, whose keys the caller records as the target's next baseline.
func (b *Bot) Digest(name string, themes, countries []string, previous map[string]bool, now time.Time) (Digest, *corpus.Corpus, error) {
	// ThemeAnswers reads the current corpus itself; if a reload swaps it
	// while we build, build again so the version and keys match the text.
	for attempt := 0; ; attempt++ {
		c := b.Corpus()
		if c == nil {
			return Digest{}, nil, fmt.Errorf("digest %s: no corpus loaded", name)
		}
		resolved, err := resolveThemes(c, themes)
		if err != nil {
			return Digest{}, nil, digestError(name, err)
		}
		var names []string
		for _, w := range countries {
			n, ok := c.ResolveCountry(w)
			if !ok {
				return Digest{}, nil, digestError(name, &UnknownCountryError{Country: w})
			}
			names = append(names, n)
		}
		answers := make([][]Answer, len(resolved))
		for i, t := range resolved {
			answers[i] = b.ThemeAnswers(t, names)
		}
		if b.Corpus() == c || attempt == 2 {
			fillKeys(c, answers)
			return BuildDigest(name, c.Version, now, resolved, answers, previous), c, nil
		}
	}
}

// fillKeys sets the statement key of answers that lack one, by holder
// and text.
func fillKeys(c *corpus.Corpus, answers [][]Answer) {
	var byText map[string]string
	for _, as := range answers {
		for i := range as {
			if as[i].Key != "" {
				continue
			}
			if byText == nil {
				byText = make(map[string]string, c.Len())
				for _, s := range c.Statements() {
					byText[s.Country+"\x00"+s.Text] = s.Key
				}
			}
			as[i].Key = byText[as[i].Country+"\x00"+as[i].Text]
		}
	}
}

func resolveThemes(c *corpus.Corpus, themes []string) ([]string, error) {
	if len(themes) == 0 {
		return nil, fmt.Errorf("no theme given (themes: %s)", strings.Join(c.ThemeNames(), ", "))
	}
	out := make([]string, 0, len(themes))
	seen := map[string]bool{}
	for _, t := range themes {
		name, ok := c.ResolveTheme(t)
		if !ok {
			return nil, &UnknownThemeError{Theme: t, Known: c.ThemeNames()}
		}
		if !seen[name] {
			seen[name] = true
			out = append(out, name)
		}
	}
	return out, nil
}

// BuildDigest assembles a digest from each theme's answers (answers[i]
// belongs to themes[i]); it is the pure part of (*Bot).Digest. Entries are
// sorted by country; an answer whose key is not in previous is marked new
// (when previous is non-nil).
func BuildDigest(name, version string, now time.Time, themes []string, answers [][]Answer, previous map[string]bool) Digest {
	d := Digest{Name: name, CorpusVersion: version, Generated: now.UTC(), Themes: make([]DigestTheme, 0, len(themes))}
	for i, t := range themes {
		dt := DigestTheme{Theme: t, Entries: []DigestEntry{}}
		if i < len(answers) {
			for _, a := range answers[i] {
				dt.Entries = append(dt.Entries, DigestEntry{
					Country: a.Country,
					Text:    a.Text,
					Sources: append([]string(nil), a.Sources...),
					Key:     a.Key,
					New:     previous != nil && a.Key != "" && !previous[a.Key],

					Citations: a.Citations,
				})
			}
		}
		sort.SliceStable(dt.Entries, func(i, j int) bool { return dt.Entries[i].Country < dt.Entries[j].Country })
		d.Themes = append(d.Themes, dt)
	}
	return d
}

// DigestReply wraps a digest in a Reply; its Message is DigestSummary.
func DigestReply(query string, d Digest) Reply { return DigestReplyIn(query, "", d) }

// DigestReplyIn is DigestReply in a language ("en", "es", "fr"; "" is
// English): the reply's Lang and its one-line summary.
func DigestReplyIn(query, code string, d Digest) Reply {
	themes := make([]string, 0, len(d.Themes))
	d.Themes = slices.Clone(d.Themes) // titles are this reply's; the caller's digest keeps none
	for i, t := range d.Themes {
		themes = append(themes, t.Theme)
		if l := ThemeLabel(code, t.Theme); l != t.Theme {
			d.Themes[i].Title = l
		}
	}
	return Reply{
		Query:     query,
		Intent:    IntentDigest,
		Countries: []string{},
		Themes:    themes,
		Answers:   []Answer{},
		Related:   []Answer{},
		Message:   DigestSummaryIn(code, d),
		Digest:    &d,
		Lang:      code,
	}
}

// DigestSummary is a one-line account of a digest ("3 statements on
// attribution, due diligence; 1 new since the last digest; nothing in the
// corpus on norms"), in English.
func DigestSummary(d Digest) string { return DigestSummaryIn("", d) }

// DigestSummaryIn is DigestSummary in a language ("" is English).
func DigestSummaryIn(code string, d Digest) string {
	var with, empty []string
	n, news := 0, 0
	for _, t := range d.Themes {
		if len(t.Entries) == 0 {
			empty = append(empty, ThemeLabel(code, t.Theme))
			continue
		}
		with = append(with, ThemeLabel(code, t.Theme))
		n += len(t.Entries)
		for _, e := range t.Entries {
			if e.New {
				news++
			}
		}
	}
	var parts []string
	if len(with) > 0 {
		parts = append(parts, T(code, msgDigestOn, n, strconv.Itoa(n), strings.Join(with, ", ")))
	}
	if news > 0 {
		parts = append(parts, T(code, msgDigestNew, news, strconv.Itoa(news)))
	}
	if len(empty) > 0 {
		parts = append(parts, T(code, msgDigestNothing, strings.Join(empty, ", ")))
	}
	return strings.Join(parts, T(code, msgListSep)) + "."
}
