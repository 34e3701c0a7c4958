package bot

import (
	"context"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/stancebot/stancebot/conversation"
	"github.com/stancebot/stancebot/corpus"
)

// TestOfficialFormAsks: a Spanish or French official form with the
// country's demonym ("la République tunisienne", "el Estado paraguayo",
// "la República Gabonesa") and a native abbreviation ("la RD", "rep dom")
// name the country asked about; they were read as no country, so the
// question went to every country on the topic.
func TestOfficialFormAsks(t *testing.T) {
	b := asked8Bot(t)
	for _, c := range []struct{ q, want string }{
		{"Auriez-vous des éléments sur la position de la République tunisienne concernant les discours de haine ?", "Tunisia"},
		{"Merci de m'indiquer ce que la République gabonaise prévoit en matière de cybercriminalité", "Gabon"},
		{"que dice el estado paraguayo sobre datos personales", "Paraguay"},
		{"que dice la republica gabonesa sobre la soberania", "Gabon"},
		{"que dice la rd sobre el convenio de budapest", "Dominican Republic"},
		{"que dice la rep dom sobre ransomware", "Dominican Republic"},
		{"que dice asuncion sobre la educacion digital", "Paraguay"},
		{"buenos aires y el articulo 51", "Argentina"},
		// The French RDC stays the Democratic Republic of the Congo.
		{"que dit la rdc sur la cybercriminalite", "DR Congo"},
	} {
		r := b.Ask(c.q, 0)
		if !slices.Equal(r.Countries, []string{c.want}) {
			t.Errorf("%q: asked %v, want %s", c.q, r.Countries, c.want)
		}
		for _, a := range r.Answers {
			if a.Country != c.want {
				t.Errorf("%q: an answer by %s", c.q, a.Country)
			}
		}
	}
}

// TestESFRFollowUpForms: follow-ups typed as Spanish and French chat
// types them: a demonstrative for the last topic ("Et celle de
// l'Argentine ?", "¿y la de Ecuador?"), Québec's "pis" for "and", a bare
// "compara" / "compara las dos", and a count of the last country's
// statements with no name ("¿cuántas declaraciones tiene?", "combien de
// déclarations a-t-elle ?", "how many statements does it have").
func TestESFRFollowUpForms(t *testing.T) {
	b := asked8Bot(t)
	clock := time.Date(2026, 3, 1, 10, 0, 0, 0, time.UTC)
	for _, conv := range [][]struct{ msg, want string }{
		{{"Pourriez-vous m'indiquer la position de la Belgique sur le droit international humanitaire ?", "Belgium"}, {"Et celle de l'Argentine ?", "Argentina"}},
		{{"que dice nicaragua sobre la soberania", "Nicaragua"}, {"y la de ecuador?", "Ecuador"}},
		{{"le gabon sur les infrastructures critiques", "Gabon"}, {"ok pis djibouti", "Djibouti"}},
		{{"que dicen las bahamas sobre ransomware", "Bahamas"}, {"y la republica dominicana?", "Dominican Republic"}, {"compara las dos", "Bahamas,Dominican Republic"}},
		{{"que dice el reino unido sobre el derecho internacional", "United Kingdom"}, {"y belgica?", "Belgium"}, {"compara", "Belgium,United Kingdom"}},
		{{"que dice paraguay", "Paraguay"}, {"cuantas declaraciones tiene", "Paraguay"}},
		{{"que dit la belgique", "Belgium"}, {"combien de declarations a-t-elle", "Belgium"}},
		{{"what does luxembourg say", "Luxembourg"}, {"how many statements does it have", "Luxembourg"}},
	} {
		h := Chain(b, FollowUps(&conversation.Memory{Now: func() time.Time { return clock }}, func() *corpus.Corpus { return b.Corpus() }, nil))
		for _, m := range conv {
			r := h.Handle(context.Background(), Question{Text: m.msg, Platform: "console", Room: "r", Time: clock})
			if err := judgeAsked(r, "-", m.want, "-", "-", "-"); err != nil {
				t.Errorf("%q: %v", m.msg, err)
			}
		}
	}
}

// TestTypedSpansReadNaturally: a Spanish or French message that names a
// topic no theme matched writes it as the question typed it, joining
// words included ("sur discours de haine", "sobre centros de datos",
// "sur cable sous-marin"), never the content words run together
// ("discours haine"); the topic's preposition stays the catalogue's.
func TestTypedSpansReadNaturally(t *testing.T) {
	for _, c := range []struct{ msg, q, want string }{
		{"X : aucune déclaration dans le corpus sur discours haine.", "que dit la rca sur les discours de haine", "sur discours de haine."},
		{"Luxemburgo: ninguna declaración sobre centros datos;", "luxemburgo centros de datos", "sobre centros de datos;"},
		{"Gabon : rien sur cable marin ;", "le gabon y dit quoi su'l cable sous-marin", "sur cable sous-marin ;"},
		{"Maroc sur attribution : 1 déclaration.", "que dit le maroc sur l'attribution", "Maroc sur attribution : 1 déclaration."},
	} {
		if got := typedSpans(c.msg, c.q); !strings.HasSuffix(got, c.want) {
			t.Errorf("%q / %q: %q, want it to end %q", c.msg, c.q, got, c.want)
		}
	}
	b := asked8Bot(t)
	for _, c := range []struct{ q, want, not string }{
		{"le burundi il dit koi sur la desinfo", "Burundi", "Koi"},
		{"le gabon y dit quoi su'l cable sous-marin", "cable sous-marin", "su'l"},
		{"que dit la rca sur les discours de haine", "discours de haine", "discours haine"},
	} {
		r := b.Ask(c.q, 0)
		if !strings.Contains(r.Message, c.want) || strings.Contains(r.Message, c.not) {
			t.Errorf("%q: message %q, want %q and no %q", c.q, r.Message, c.want, c.not)
		}
	}
}
