package bot

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/stancebot/stancebot/corpus/lang"
)

// The date notes are in the reply's language; English stays as it was
// (TestDatesInQuestions and TestDatesWithoutDates hold the English).
func TestDateNotesTranslated(t *testing.T) {
	dated, undated := datedBot(t, true), datedBot(t, false)
	ctx := context.Background()
	for _, tc := range []struct {
		b          *Bot
		q, code    string
		want, lost []string
	}{
		{dated, "what does Ghana say on attribution since 2020?", lang.Spanish,
			[]string{"Fechas (“since 2020”): se conservan las declaraciones publicadas por primera vez el 2020-01-01 o después;", "Cumplen el criterio 1 de 3 declaraciones; 1 sin fecha excluida."},
			[]string{"statements qualify", "undated", "kept statements"}},
		{dated, "what does Ghana say on attribution since 2020?", lang.French,
			[]string{"Dates (“since 2020”) : seules sont conservées les déclarations publiées pour la première fois le 2020-01-01 ou après ;", "Déclarations retenues : 1 sur 3 ; 1 non datée écartée."},
			[]string{"statements qualify", "undated"}},
		{dated, "what does Ghana say on attribution before 2020?", lang.French,
			[]string{"le 2019-12-31 ou avant"}, []string{"on or before"}},
		{dated, "compare Ghana and Chile on attribution between 2018 and 2021", lang.Spanish,
			[]string{"entre el 2018-01-01 y el 2021-12-31"}, []string{"from 2018"}},
		{dated, "Ghana's latest position on attribution", lang.Spanish,
			[]string{"ordenadas de la más reciente a la más antigua"}, []string{"ordered newest first"}},
		{undated, "what does Ghana say on attribution since 2020?", lang.French,
			[]string{"Le corpus n'a pas de dates : “since 2020” n'a donc pas été appliqué."}, []string{"was not applied"}},
		{undated, "what does Ghana say on attribution since 2020?", lang.Spanish,
			[]string{"El corpus no tiene fechas, así que no se aplicó “since 2020”."}, []string{"was not applied"}},
	} {
		r := tc.b.Handle(ctx, Question{Text: tc.q, ReplyLang: tc.code})
		for _, w := range tc.want {
			if !strings.Contains(r.Message, w) {
				t.Errorf("%s %q: message %q lacks %q", tc.code, tc.q, r.Message, w)
			}
		}
		for _, l := range tc.lost {
			if strings.Contains(r.Message, l) {
				t.Errorf("%s %q: message %q still has English %q", tc.code, tc.q, r.Message, l)
			}
		}
	}
}

func TestDigestSummaryIn(t *testing.T) {
	now := time.Date(2026, 3, 30, 9, 0, 0, 0, time.UTC)
	answers := [][]Answer{
		{{Country: "Ghana", Text: "a", Key: "k1"}, {Country: "Chile", Text: "b", Key: "k2"}},
		{{Country: "Ghana", Text: "c", Key: "k3"}},
		nil,
	}
	d := BuildDigest("", "v1", now, []string{"attribution", "sovereignty", "norms"}, answers, map[string]bool{"k1": true, "k2": true})
	one := BuildDigest("", "v1", now, []string{"attribution"}, [][]Answer{{{Country: "Ghana", Text: "a", Key: "k1"}}}, nil)
	for _, tc := range []struct {
		code string
		d    Digest
		want string
	}{
		{"", d, "3 statements on attribution, sovereignty; 1 new since the last digest; nothing in the corpus on norms."},
		{lang.Spanish, d, "3 declaraciones sobre atribución, soberanía; 1 nueva desde el último resumen; nada en el corpus sobre norms."},
		{lang.French, d, "3 déclarations sur attribution, souveraineté ; 1 nouvelle depuis la dernière synthèse ; rien dans le corpus sur norms."},
		{"", one, "1 statement on attribution."},
		{lang.Spanish, one, "1 declaración sobre atribución."},
		{lang.French, one, "1 déclaration sur attribution."},
	} {
		if got := DigestSummaryIn(tc.code, tc.d); got != tc.want {
			t.Errorf("DigestSummaryIn(%q) = %q, want %q", tc.code, got, tc.want)
		}
		r := DigestReplyIn("digest", tc.code, tc.d)
		if r.Message != tc.want || r.Lang != tc.code {
			t.Errorf("DigestReplyIn(%q): message %q lang %q", tc.code, r.Message, r.Lang)
		}
	}
	if DigestSummary(d) != DigestSummaryIn("", d) || DigestReply("q", d).Message != DigestSummary(d) {
		t.Error("DigestSummary is not the English DigestSummaryIn")
	}
	// Large counts print as fmt prints them, with no grouping separator.
	big := make([]Answer, 1200)
	for i := range big {
		big[i] = Answer{Country: "Ghana", Key: strings.Repeat("k", 1+i%7) + string(rune('a'+i%26)) + time.Duration(i).String()}
	}
	if got := DigestSummaryIn("", BuildDigest("", "v1", now, []string{"attribution"}, [][]Answer{big}, nil)); !strings.HasPrefix(got, "1200 statements") {
		t.Errorf("large digest: %q", got)
	}
}

func TestNotShownLabel(t *testing.T) {
	for code, want := range map[string]string{
		"":           "… 4 more not shown (message size limit).",
		lang.Spanish: "… 4 más sin mostrar (límite de tamaño del mensaje).",
		lang.French:  "… 4 de plus non affichés (limite de taille du message).",
	} {
		if got := LabelsFor(code).NotShown(4); got != want {
			t.Errorf("NotShown in %q = %q, want %q", code, got, want)
		}
	}
}

// Explain's fallback line ("no theme matched …") is in the reply's
// language; the English is unchanged.
func TestExplainFallbackTranslated(t *testing.T) {
	b := datedBot(t, true)
	q := "explain Ghana on sovereignty and evidence"
	for code, want := range map[string]string{
		"":           `no theme matched "sovereignty"; ranked Ghana's statements on the question's words`,
		lang.Spanish: `ningún tema correspondió a "soberanía"; se ordenaron las declaraciones de Ghana según las palabras de la pregunta`,
		lang.French:  `aucun thème ne correspond à "souveraineté" ; les déclarations de ce pays (Ghana) ont été classées selon les mots de la question`,
	} {
		r := b.Handle(context.Background(), Question{Text: q, ReplyLang: code})
		if r.Explain == nil || r.Explain.Fallback != want {
			t.Errorf("%q fallback in %q = %+v, want %q", q, code, r.Explain, want)
		}
	}
}

func TestButtonLabels(t *testing.T) {
	for _, tc := range []struct{ code, more, compare string }{
		{"", "More", "Compare with…"}, {lang.Spanish, "Más", "Comparar con…"}, {lang.French, "Plus", "Comparer avec…"},
	} {
		if l := LabelsFor(tc.code); l.MoreButton() != tc.more || l.CompareWith() != tc.compare {
			t.Errorf("%q: %q, %q", tc.code, l.MoreButton(), l.CompareWith())
		}
	}
}
