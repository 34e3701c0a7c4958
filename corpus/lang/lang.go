// Package lang tells which of the bot's languages (English, Spanish,
// French) a question is written in, and folds words (accents, elisions) so
// that questions typed with or without accents match the same lexicon.
//
// It owns only language identification and folding; the Spanish and
// French lexicons and the glossary live in package corpus.
//
// Why our own detector rather than a library. We measured the two Go
// libraries on 21 short questions of the kind people type into chat
// ("Perú atribución", "UE cybercriminalité", "what does Peru say on
// attribution?"), restricted to en/es/fr:
//
//   - github.com/abadojack/whatlanggo v1.0.1 (trigrams, 400 KB): 18/21; it
//     reads plain English questions such as "what does Peru say on
//     attribution?" and "Peru on due diligence" as French, and "qué dice
//     Perú" as French. Trigram statistics need more text than a chat line.
//   - github.com/pemistahl/lingua-go v1.4.0: 20/21 and good on short
//     text, but the module is 124 MB, three preloaded models take 1.3 s
//     and about 100 MB of heap, and it never says "this is a tie": "Cuba
//     attribution" comes back French, where the right answer is "ambiguous,
//     let the room or the thread decide".
//
// A chat question in this domain is mostly function words, country names
// and theme words, all of which we know per language: function words,
// diacritics, elisions and hits in the bot's own lexicons decide, and an
// explicit tie is reported so the caller can apply the room's pinned
// language, then the thread's, then English (see Resolve). TestDetect
// holds those 21 questions and more.
package lang

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// The languages the bot reads and answers in.
const (
	English = "en"
	Spanish = "es"
	French  = "fr"
)

// All lists the supported languages, English first.
var All = []string{English, Spanish, French}

// Supported reports whether code is one of All.
func Supported(code string) bool {
	return code == English || code == Spanish || code == French
}

// Normalize maps a language tag as people write it in a config ("es-ES",
// "FR", "english") to one of All, or "" when it is none of them.
func Normalize(tag string) string {
	t := strings.ToLower(strings.TrimSpace(tag))
	if i := strings.IndexAny(t, "-_"); i > 0 {
		t = t[:i]
	}
	switch t {
	case "en", "eng", "english":
		return English
	case "es", "spa", "spanish", "español", "espanol":
		return Spanish
	case "fr", "fra", "fre", "french", "français", "francais":
		return French
	}
	return ""
}

// Replacers are safe for concurrent use; built once.
var (
	foldReplacer = strings.NewReplacer("’", "'", "ʼ", "'", "œ", "oe", "æ", "ae")
	aposReplacer = strings.NewReplacer("’", "'", "ʼ", "'")
)

// foldChains hands out accent-removing transformers: a transform.Chain
// keeps state between calls, so one is never shared by two goroutines.
var foldChains = sync.Pool{New: func() any {
	return transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
}}

// Fold lower-cases s and removes diacritics ("Soberanía" → "soberania",
// "souveraineté" → "souverainete", "ñ" → "n"), so a word typed without its
// accents matches the lexicon. Questions and lexicon entries are both
// folded before stemming.
func Fold(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return strings.ToLower(s)
	}
	if f, ok := foldFast(s); ok {
		return f
	}
	return foldSlow(s)
}

// foldSlow is Fold through the Unicode normalisation pipeline.
func foldSlow(s string) string {
	t := foldChains.Get().(transform.Transformer)
	out, _, err := transform.String(t, strings.ToLower(s))
	foldChains.Put(t)
	if err != nil {
		return strings.ToLower(s)
	}
	return foldReplacer.Replace(out)
}

// elisions are the French (and Italian-like) clitics written with an
// apostrophe before a vowel: l'Inde, d'approvisionnement, qu'est-ce.
var elisions = []string{"l'", "d'", "qu'", "j'", "n'", "s'", "c'", "m'", "t'", "lorsqu'", "puisqu'", "jusqu'"}

// StripElision removes a leading elided article or pronoun from a
// lower-case word ("l'inde" → "inde", "d'approvisionnement" →
// "approvisionnement"). It returns the word unchanged when none is present,
// and never leaves an empty word. Curly apostrophes count too.
func StripElision(w string) (string, bool) {
	if !strings.ContainsAny(w, "'’ʼ") {
		return w, false // every elision has an apostrophe
	}
	w2 := w
	if strings.ContainsAny(w, "’ʼ") {
		w2 = aposReplacer.Replace(w)
	}
	lower := strings.ToLower(w2)
	for _, e := range elisions {
		if len(w2) > len(e) && strings.HasPrefix(lower, e) {
			return w2[len(e):], true
		}
	}
	return w, false
}
