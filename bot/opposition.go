package bot

import (
	"regexp"
	"slices"
	"strings"

	"github.com/stancebot/stancebot/corpus"
)

// "Which countries oppose a binding treaty?", "¿quién se opone a …?", "qui
// est contre …?" ask a judgement the corpus leaves to the reader (see
// negation.go): every country's statement on the topic answers. Listing
// 137 countries in their ranking's order buried the few whose own words
// oppose or doubt it. The statements that use words of opposition or
// doubt ("opposes", "premature", "no need for", "se opone", "prematuro",
// "s'oppose", "pas nécessaire") now come first, one a country, and the
// reply names those countries: still their words for the reader to
// judge, never a verdict (TestOppositionFirst).

// oppositionRe matches words of opposition or doubt in English, Spanish
// and French. "Against" is left out: "the fight against cybercrime" is in
// nearly every statement.
var oppositionRe = regexp.MustCompile(`(?i)\b(?:oppos(?:e|es|ed|ing|ition)|reject(?:s|ed|ing)?|premature(?:ly)?|no need (?:for|to)|not (?:necessary|needed|convinced|ready|the right time)|unnecessary|sceptic(?:al|ism)|skeptic(?:al|ism)|(?:do|does|did|can|could|will|would) not support|(?:don't|doesn't|cannot|can't|won't) support|not in favou?r|reservations (?:about|on|regarding)|se opone|nos oponemos|se oponen|oponerse|oposici[oó]n|rechaz(?:a|an|amos|ó|aron|ar)|prematur[oa]s?|no es necesari[oa]|innecesari[oa]s?|no (?:apoya|apoyan|apoyamos|respalda|respaldamos)|reservas (?:sobre|respecto)|s['’]oppos(?:e|ent)|nous nous opposons|oppos[ée]e?s? [àa]|rejet(?:te|tent|tons)|pr[ée]matur[ée]e?s?|pas n[ée]cessaire|inutile|ne (?:soutient|soutiennent|soutenons) pas|r[ée]serves (?:sur|quant))`)

// opposesIt reports whether a statement's text holds words of
// opposition or doubt (see oppositionRe) whose object names the topic:
// one of topic's stems among the next objectWords words of the clause,
// read in English for a Spanish or French statement. "Opposes a new
// treaty" opposes a treaty; "s'oppose à toute ingérence … et défend un
// traité" and "opposes selective attribution" do not.
func opposesIt(c *corpus.Corpus, stmt int, text string, topic map[string]bool) bool {
	for _, m := range oppositionRe.FindAllStringIndex(text, -1) {
		// The object follows a verb ("opposes a new treaty"); the
		// subject comes before an adjective ("un traité … serait
		// prématuré"): the clause's words on both sides.
		window := clauseBefore(text[:m[0]]) + " " + objectAfter(text[m[1]:])
		if lang := c.StatementLang(stmt); lang == "es" || lang == "fr" {
			window = c.Translator().Translate(lang, window, c.Gazetteer, c.KnownWord).English
		}
		for _, st := range corpus.Stems(window) {
			if topic[st] {
				return true
			}
		}
	}
	return false
}

// objectWords bounds the object of an opposition (see objectAfter).
const objectWords = 9

// objectAfter returns the words after an opposition cue up to the end of
// its clause (a full stop, semicolon, colon, comma or a coordinating
// conjunction), at most objectWords of them.
func objectAfter(rest string) string {
	if i := strings.IndexAny(rest, ".;:,()"); i >= 0 {
		rest = rest[:i]
	}
	f := strings.Fields(rest)
	for i, w := range f {
		if clauseJoins[strings.ToLower(w)] {
			f = f[:i]
			break
		}
	}
	return strings.Join(f[:min(len(f), objectWords)], " ")
}

// clauseBefore returns the words before an opposition cue back to the
// start of its clause, at most objectWords of them (see objectAfter).
func clauseBefore(head string) string {
	if i := strings.LastIndexAny(head, ".;:,()"); i >= 0 {
		head = head[i+1:]
	}
	f := strings.Fields(head)
	for i := len(f) - 1; i >= 0; i-- {
		if clauseJoins[strings.ToLower(f[i])] {
			f = f[i+1:]
			break
		}
	}
	return strings.Join(f[max(0, len(f)-objectWords):], " ")
}

// clauseJoins join two clauses of a sentence (see clauseBefore, objectAfter).
var clauseJoins = toSet(`and but while whereas et mais tandis y pero mientras`)

// topicStems are the stems a question's topic is read by: its terms and
// the phrases of its themes.
func topicStems(c *corpus.Corpus, q corpus.Query, themes []int) map[string]bool {
	out := map[string]bool{}
	for _, t := range c.QueryTerms(q) {
		out[t.Stem] = true
	}
	for _, i := range themes {
		if i >= 0 && i < len(c.Lexicon.Themes) {
			for _, ph := range c.Lexicon.Themes[i].Phrases {
				for _, st := range corpus.Stems(ph) {
					out[st] = true
				}
			}
		}
	}
	return out
}

// oppositionFirst reorders res, one best statement a country, so that
// each country with a statement on q's topic that uses words of
// opposition or doubt comes first with that statement; it returns those
// countries in their new order. The rest keep their ranking.
// Countries in except are left out, as the question asked.
func oppositionFirst(c *corpus.Corpus, q corpus.Query, res corpus.Result, themes []int, except []string) (corpus.Result, []string) {
	topic := topicStems(c, q, themes)
	all := q
	all.PerCountry, all.Limit, all.Offset = false, 0, 0
	var first []corpus.ScoredHit
	var who []string
	seen := map[string]bool{}
	for _, h := range c.Search(all).Hits {
		holder := c.Holder(h.Stmt)
		if seen[holder] || slices.Contains(except, holder) || !opposesIt(c, h.Stmt, c.Statement(h.Stmt).Text, topic) {
			continue
		}
		seen[holder] = true
		first = append(first, h)
		who = append(who, holder)
	}
	if len(who) == 0 {
		return res, nil
	}
	for _, h := range res.Hits {
		if !seen[c.Holder(h.Stmt)] {
			first = append(first, h)
		}
	}
	res.Hits = first
	return res, who
}

// Catalogue key of the reply's note on them.
const msgOpposingFirst = "opposing-first" // %s of them use words of opposition or doubt (their statements come first): %s.

func init() {
	catalogueEntries = append(catalogueEntries,
		entry{msgOpposingFirst,
			msgText("%s of them use words of opposition or doubt (their statements come first): %s."),
			msgText("%s de ellos usan palabras de oposición o de duda (sus declaraciones van primero): %s."),
			msgText("%s d'entre eux emploient des mots d'opposition ou de doute (leurs déclarations viennent en premier) : %s.")},
	)
}

// opposingNote is the reply's note naming the countries oppositionFirst
// put first, with its leading space, or "" for none.
func opposingNote(a *asked, opposing []string) string {
	if len(opposing) == 0 {
		return ""
	}
	return " " + a.t(msgOpposingFirst, a.t(msgNCountries, len(opposing)), a.and(a.names(opposing)))
}
