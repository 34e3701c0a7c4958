package bot

import (
	"strings"
	"testing"
	"time"
)

// Spanish and French date words filter and order answers as English ones
// do, and the note quotes them as typed, in the asker's language.
func TestDatesInSpanishFrenchQuestions(t *testing.T) {
	b := datedBot(t, true)
	for _, tc := range []struct {
		q, lang, want, msg string
	}{
		{"¿Qué dice Ghana sobre la atribución desde 2020?", "es", "Ghana@2021-03-10", "“desde 2020”"},
		{"que dice ghana sobre atribucion antes de 2020", "es", "Ghana@2018-05", "“antes de 2020”"},
		{"Ghana atribución entre 2018 y 2019", "es", "Ghana@2018-05", "“entre 2018 y 2019”"},
		{"lo más reciente de Ghana sobre la atribución", "es", "Ghana@2021-03-10 Ghana@2018-05 Ghana@", "“lo más reciente”"},
		{"Que dit le Ghana sur l'attribution depuis 2020 ?", "fr", "Ghana@2021-03-10", "“depuis 2020”"},
		{"le Ghana et l'attribution avant mars 2021", "fr", "Ghana@2018-05", "“avant mars 2021”"},
		{"les positions les plus récentes du Ghana sur l'attribution", "fr", "Ghana@2021-03-10 Ghana@2018-05 Ghana@", "“les plus récentes”"},
		{"qui parle de l'attribution après 2021 ?", "fr", "Chile@2022", "“après 2021”"},
		{"que dit le Ghana sur l'attribution en 2019 ?", "fr", "", "0 "},
	} {
		r := b.Ask(tc.q, 0)
		if r.Lang != tc.lang {
			t.Errorf("%q: lang %s", tc.q, r.Lang)
		}
		if answerDates(r) != tc.want {
			t.Errorf("%q: answers %q, want %q (%s)", tc.q, answerDates(r), tc.want, r.Message)
		}
		if !strings.Contains(r.Message, tc.msg) {
			t.Errorf("%q: message %q lacks %q", tc.q, r.Message, tc.msg)
		}
	}
}

// Words that only look like date words stay topic words.
func TestCutDatesESFRLeavesWords(t *testing.T) {
	for _, tc := range []struct{ code, in string }{
		{"es", "Perú en el GTCA"},
		{"es", "normas de 2015 del GGE"}, // "de 2015" is no date bound
		{"fr", "le Pérou en matière d'attribution"},
		{"fr", "la résolution 73/27"},
	} {
		if rest, d := cutDatesESFR(tc.code, tc.in); d.active() || rest != tc.in {
			t.Errorf("cutDatesESFR(%s, %q) = %q, %+v", tc.code, tc.in, rest, d)
		}
	}
}

func TestFormatTimeIn(t *testing.T) {
	at := time.Date(2026, 3, 28, 9, 0, 0, 0, time.UTC)
	for code, want := range map[string]string{
		"": "Sat 28 Mar 2026 09:00 UTC", "en": "Sat 28 Mar 2026 09:00 UTC",
		"es": "sáb 28 mar 2026 09:00 UTC", "fr": "sam. 28 mars 2026 09:00 UTC",
	} {
		if got := FormatTimeIn(code, at); got != want {
			t.Errorf("FormatTimeIn(%q) = %q, want %q", code, got, want)
		}
	}
	// Every day and month has a name in each language.
	for _, code := range []string{"es", "fr"} {
		for d := 0; d < 7; d++ {
			if dayAbbr[code][d] == "" {
				t.Errorf("%s: day %d has no name", code, d)
			}
		}
		for m := 0; m < 12; m++ {
			if monthAbbr[code][m] == "" {
				t.Errorf("%s: month %d has no name", code, m+1)
			}
		}
	}
}

// A digest's themes are headed in the reply's language.
func TestDigestThemeTitles(t *testing.T) {
	d := BuildDigest("", "v1", time.Now(), []string{"due diligence", "not-a-lexicon-theme"}, nil, nil)
	r := DigestReplyIn("digest", "fr", d)
	if got := r.Digest.Themes[0].Heading(); got != "diligence raisonnable" {
		t.Errorf("French heading %q", got)
	}
	if got := r.Digest.Themes[1].Heading(); got != "not-a-lexicon-theme" {
		t.Errorf("heading without a French name %q", got)
	}
	if r := DigestReplyIn("digest", "", d); r.Digest.Themes[0].Title != "" {
		t.Errorf("English reply has a title %q", r.Digest.Themes[0].Title)
	}
}
