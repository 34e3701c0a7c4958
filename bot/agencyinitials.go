package bot

import (
	"slices"
	"strings"

	"github.com/stancebot/stancebot/corpus"
)

// Agency initials asked alone ("what has ANSSI said", "que dice el cncs",
// "anything from the NCSC?") are answered by each country whose
// statements name them, but a statement that spells them out as another
// country's agency ("Por su parte, la Agencia … de Francia (ANSSI) envió
// un mensaje de apoyo", in Spain's statement on Andorra) does not answer
// for them: the initials are the other country's, and that statement
// named Spain as speaking of its agency (left24). The corpus's own
// definitions decide, never a list: initials several countries' agencies
// go by (Benin's and Burkina Faso's ANSSI) are answered per country.

// maxInitialsHits bounds the statements whose text is read for the
// initials' definitions: initials are rare words.
const maxInitialsHits = 60

// askedInitials returns the question's one topic word in capitals when
// it may be an agency's initials (ASCII letters, 3 to 8 of them), and ""
// otherwise.
func askedInitials(p Parsed) string {
	if len(p.Words) != 1 || len(p.Countries) > 0 || len(p.About) > 0 {
		return ""
	}
	w := p.Words[0]
	if len(w) < 3 || len(w) > 8 {
		return ""
	}
	for i := 0; i < len(w); i++ {
		if c := w[i] | 0x20; c < 'a' || c > 'z' {
			return ""
		}
	}
	return strings.ToUpper(w)
}

// othersInitials drops from res, a theme answer's best statement per
// country, each statement that spells the asked initials out as another
// country's agency only.
func othersInitials(c *corpus.Corpus, p Parsed, res corpus.Result) corpus.Result {
	initials := askedInitials(p)
	if initials == "" || len(res.Hits) == 0 || len(res.Hits) > maxInitialsHits {
		return res
	}
	kept := res.Hits[:0:0]
	for _, h := range res.Hits {
		st := c.Statement(h.Stmt)
		if owners := c.Gazetteer.InitialsOwners(st.Text, initials); len(owners) > 0 && !slices.Contains(owners, st.Country) {
			continue
		}
		kept = append(kept, h)
	}
	if len(kept) == len(res.Hits) {
		return res
	}
	res.Total -= len(res.Hits) - len(kept)
	res.Hits = kept
	return res
}

// initialsNote says, in the reply's language, that the initials asked
// alone ("what has the NCSC said") are named by several countries'
// statements, which may mean different agencies, and how to ask about
// one; "" when they are not typed in capitals (a word, not initials) or
// one country answers.
func initialsNote(a *asked, names []string) string {
	ini := askedInitials(a.p)
	if ini == "" || len(names) < 2 || !typedInitials(a.p.Text, ini) {
		return ""
	}
	return a.ts(msgInitialsMany, ini, a.and(a.names(names)), ini, objectName(a.c, a.lang, names[0]))
}

// typedInitials reports whether text holds ini as a word typed in
// capitals.
func typedInitials(text, ini string) bool {
	for _, f := range strings.FieldsFunc(text, func(r rune) bool { return !('A' <= r && r <= 'Z' || 'a' <= r && r <= 'z') }) {
		if f == ini {
			return true
		}
	}
	return false
}

// msgInitialsMany is initialsNote's message.
const msgInitialsMany = "initials-many" // NCSC: several countries' statements name these initials ...

func init() {
	catalogueEntries = append(catalogueEntries,
		entry{msgInitialsMany,
			msgText("%s: statements of several countries in the corpus name these initials (%s), and they may be different agencies: each answer below is its own country's; to ask about one, name the country (\"what has the %s of %s said?\")."),
			msgText("%s: declaraciones de varios países del corpus nombran estas siglas (%s), y pueden ser organismos distintos: cada respuesta es la de su propio país; para preguntar por uno, nombre el país («¿qué ha dicho el %s de %s?»)."),
			msgText("%s : des déclarations de plusieurs pays du corpus nomment ces sigles (%s), et ce peuvent être des organismes différents : chaque réponse est celle de son propre pays ; pour en demander un, nommez le pays (« qu'a dit le %s de %s ? »).")},
	)
}
