package bot

import (
	"testing"
	"time"
)

// cutDatesIn cuts the date words of text, a question in language code
// ("" for English), as the bot does before reading it.
func cutDatesIn(code, text string) (string, dateAsk) {
	if code == "" {
		return cutDates(text)
	}
	return cutDatesESFR(code, text)
}

// dayOf is t as YYYY-MM-DD, "" for the zero time (no bound).
func dayOf(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format("2006-01-02")
}

// A month range with its year written once, a range of years "from … to
// …", and the Spanish and French adjective bounds ("posteriores a",
// "antérieures à") are read as dates; words that only look like them stay
// topic words.
func TestDateRangesAndAdjectiveBounds(t *testing.T) {
	for _, tc := range []struct {
		code, in, rest, from, to string
	}{
		{"", "statements between march and june 2025", "statements", "2025-03-01", "2025-06-30"},
		{"", "who talked about ransomware from January to April 2026?", "who talked about ransomware ?", "2026-01-01", "2026-04-30"},
		{"", "norms between nov and feb 2026", "norms", "2025-11-01", "2026-02-28"},
		{"", "from 2023 to 2025 what did kenya say", "what did kenya say", "2023-01-01", "2025-12-31"},
		{"", "cybercrime from 2024-03 through 2024-09", "cybercrime", "2024-03-01", "2024-09-30"},
		{"es", "declaraciones posteriores a junio de 2025", "declaraciones", "2025-07-01", ""},
		{"es", "declaraciones anteriores a 2025", "declaraciones", "", "2024-12-31"},
		{"es", "qué dijo Panamá antes del 2026", "qué dijo Panamá", "", "2025-12-31"},
		{"es", "entre marzo y junio de 2025", "", "2025-03-01", "2025-06-30"},
		{"es", "quién habló de ransomware de enero a abril de 2026", "quién habló de ransomware", "2026-01-01", "2026-04-30"},
		{"es", "de 2024 a 2025 quién habló de ciberdelincuencia", "quién habló de ciberdelincuencia", "2024-01-01", "2025-12-31"},
		{"fr", "déclarations postérieures à juin 2025", "déclarations", "2025-07-01", ""},
		{"fr", "positions antérieures à 2025", "positions", "", "2024-12-31"},
		{"fr", "entre mars et juin 2025", "", "2025-03-01", "2025-06-30"},
		{"fr", "de janvier à avril 2026 qui a parlé de rançongiciels", "qui a parlé de rançongiciels", "2026-01-01", "2026-04-30"},
		{"fr", "de 2024 à 2025 qui a parlé de cybercriminalité", "qui a parlé de cybercriminalité", "2024-01-01", "2025-12-31"},
	} {
		rest, d := cutDatesIn(tc.code, tc.in)
		if rest != tc.rest || dayOf(d.from) != tc.from || dayOf(d.to) != tc.to || !d.active() {
			t.Errorf("%s %q = %q from %s to %s (phrases %q); want %q from %q to %q", tc.code, tc.in, rest,
				d.from.Format("2006-01-02"), d.to.Format("2006-01-02"), d.phrases, tc.rest, tc.from, tc.to)
		}
	}
	for _, tc := range []struct{ code, in string }{
		{"", "the march on parliament and june elections"}, // months without a year
		{"", "from march to june"},                         // no year: not a range the corpus's dates can answer
		{"", "between the EU and ASEAN"},
		{"es", "normas de 2015 del GGE"},
		{"es", "la posición anterior a la reforma"},
		{"es", "de marzo a junio"},
		{"fr", "la résolution 73/27 de l'AGNU"},
		{"fr", "une position antérieure à la réforme"},
		{"fr", "de mars à juin"},
	} {
		rest, d := cutDatesIn(tc.code, tc.in)
		if d.active() || rest != tc.in {
			t.Errorf("%s %q = %q, %+v; want it left alone", tc.code, tc.in, rest, d)
		}
	}
}

// A part of a year, alone or after a bound, is read as the months it
// covers; the same words without a year stay topic words.
func TestPartOfYear(t *testing.T) {
	for _, tc := range []struct {
		code, in, rest, from, to string
	}{
		{"", "statements in Q2 2025", "statements", "2025-04-01", "2025-06-30"},
		{"", "first half of 2025", "", "2025-01-01", "2025-06-30"},
		{"", "what did iraq say in early 2025", "what did iraq say", "2025-01-01", "2025-04-30"},
		{"", "ransomware late 2024", "ransomware", "2024-09-01", "2024-12-31"},
		{"", "anything since the start of 2025?", "anything ?", "2025-01-01", ""},
		{"", "norms before the end of 2024", "norms", "", "2024-08-31"},
		{"", "who spoke after mid-2025", "who spoke", "2025-09-01", ""},
		{"", "by the end of 2025 who had a strategy", "who had a strategy", "", "2025-12-31"},
		{"es", "desde principios de 2025", "", "2025-01-01", ""},
		{"es", "a finales de 2024 quién habló de ciberdelincuencia", "quién habló de ciberdelincuencia", "2024-09-01", "2024-12-31"},
		{"es", "qué dijo Perú en el primer semestre de 2025", "qué dijo Perú", "2025-01-01", "2025-06-30"},
		{"es", "a mediados de 2025", "", "2025-05-01", "2025-08-31"},
		{"fr", "depuis début 2025", "", "2025-01-01", ""},
		{"fr", "la position du Pérou mi-2025", "la position du Pérou", "2025-05-01", "2025-08-31"},
		{"fr", "au premier semestre 2025", "", "2025-01-01", "2025-06-30"},
		{"fr", "avant la fin de 2024", "", "", "2024-08-31"},
	} {
		rest, d := cutDatesIn(tc.code, tc.in)
		if rest != tc.rest || dayOf(d.from) != tc.from || dayOf(d.to) != tc.to || !d.active() {
			t.Errorf("%s %q = %q from %s to %s (phrases %q); want %q from %q to %q", tc.code, tc.in, rest,
				d.from.Format("2006-01-02"), d.to.Format("2006-01-02"), d.phrases, tc.rest, tc.from, tc.to)
		}
	}
	for _, tc := range []struct{ code, in string }{
		{"", "early warning systems"},
		{"", "the end of impunity"},
		{"", "mid-sized states"},
		{"es", "a fin de cuentas"},
		{"es", "a principios de la negociación"},
		{"fr", "la fin des négociations"},
		{"fr", "le début du processus"},
	} {
		rest, d := cutDatesIn(tc.code, tc.in)
		if d.active() || rest != tc.in {
			t.Errorf("%s %q = %q, %+v; want it left alone", tc.code, tc.in, rest, d)
		}
	}
}
