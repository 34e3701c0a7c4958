package corpus

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// A speech or an article may quote another State's leader at length in a
// paragraph of its own, introduced by the paragraph before: "Last year in
// New Delhi, the Prime Minister of India put it in words that I would like
// to share with you in full:" then "“Digital infrastructure is the public
// road of our century. … India will share …”". The quotation names no
// speaker of its own, so it fell to the speech's author (or the block
// before) — another State's words, word for word, held by the one quoting
// them (testdata/pages15's 9d3). The one State its introduction names, by
// an office that speaks for it, holds the quotation; the speaker's block
// goes on after it.

// introOfficeRe matches an office that speaks for a State, in English,
// Spanish or French, in a quotation's introduction (in any case: "el
// presidente de Colombia", "le Premier ministre indien").
var introOfficeRe = regexp.MustCompile(`(?i)\b(?:President|Prime Minister|Minister|Foreign Minister|King|Queen|Emir|Sultan|Chancellor|Premier|Ambassador|Secretary of State|Head of State|Government|representative|delegation|Presidente|Presidenta|Primer Ministro|Primera Ministra|Ministro|Ministra|Canciller|Rey|Reina|Embajador|Embajadora|Gobierno|representante|delegación|Président|Présidente|Premier ministre|Première ministre|Ministre|ministre|Roi|Reine|Chancelier|Ambassadeur|Ambassadrice|Gouvernement|représentant|représentante|délégation)\b`)

// ownWordsRe matches the speaker quoting their own words ("as I told the
// President of Kenya:", "comme je l'ai dit", "como le dije"): the
// quotation after it is the speaker's, not the State the line names.
var ownWordsRe = regexp.MustCompile(`\b(?:I|we|We) (?:told|said|wrote|stated|declared|put it)\b|\bje (?:l'ai|lui ai|leur ai) (?:dit|écrit|déclaré)|\bnous (?:avons|lui avons|leur avons) (?:dit|écrit|déclaré)|\b(?:le|les) (?:dije|escribí|dijimos)\b`)

// quoteIntroducer returns the State a paragraph introduces as the speaker
// of a quotation after it: a paragraph ending on a colon that names one
// country other than holder (the paragraph's own holder), by an office
// that speaks for it; "" otherwise. Its colon spares nearly every
// paragraph the rest.
func quoteIntroducer(text string, info *paraInfo, holder string) string {
	t := strings.TrimRight(text, " \t\n")
	if !strings.HasSuffix(t, ":") {
		return ""
	}
	other := ""
	for _, c := range info.mentionList() {
		if c == holder || c == other {
			continue
		}
		if other != "" {
			return "" // two other States: no one speaker
		}
		other = c
	}
	if other == "" || !introOfficeRe.MatchString(t) || ownWordsRe.MatchString(t) {
		return ""
	}
	return other
}

// wholeQuotation reports a paragraph that is one quotation from its first
// character to its last (trailing punctuation aside): “…”, «…», "…".
func wholeQuotation(p string) bool {
	r, size := utf8.DecodeRuneInString(p)
	closer, ok := closers[r]
	if !ok || r == '‘' {
		return false
	}
	t := strings.TrimRight(p, " \t\n.")
	if len(t) <= size+len(closer) || !strings.HasSuffix(t, closer) {
		return false
	}
	// The first closing mark is the last: no reporting clause between
	// two quotations ("“…,” she said. “…”").
	inner := t[size : len(t)-len(closer)]
	return !strings.Contains(inner, closer)
}
