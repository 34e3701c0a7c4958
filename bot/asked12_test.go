package bot

import (
	"strings"
	"testing"
	"time"
)

// asked12Bot is a Bot over testdata/asked12: a twelfth corpus of fifteen
// pages in Spanish, French and English (ministry releases, national
// strategies, OAS/AU/OIF/PIF/OSCE/CARICOM meeting summaries, UN statements
// and a news article) whose holders are Central American, Caribbean,
// francophone African, Pacific and Central Asian countries the earlier
// testdata names least, written for asked12-questions.tsv before the bot
// was run on them.
func asked12Bot(t testing.TB) *Bot { return dirBot(t, "../testdata/asked12") }

// TestAsked12Questions runs testdata/asked12-questions.tsv, Spanish, French
// and English questions typed as in chat, with the "open: why" mark of
// TestAsked8Questions.
func TestAsked12Questions(t *testing.T) {
	runOpenQuestions(t, asked12Bot(t), "testdata/asked12-questions.tsv")
}

// TestAsked12Conversations runs testdata/asked12-conversations.tsv through
// the follow-up middleware, one conversation per block.
func TestAsked12Conversations(t *testing.T) {
	runConversationsAt(t, asked12Bot(t), "testdata/asked12-conversations.tsv", time.Date(2026, 3, 20, 10, 0, 0, 0, time.UTC))
}

// TestFollowUpLangSwitch: a follow-up whose own words decide a language
// is answered in it ("y costa rica?" after an English answer), a
// follow-up whose words decide nothing keeps the thread's ("sources", a
// bare name).
func TestFollowUpLangSwitch(t *testing.T) {
	c := asked12Bot(t).Corpus()
	for _, tt := range []struct{ text, thread, want string }{
		{"y costa rica?", "en", "es"},
		{"et la mauritanie ?", "en", "fr"},
		{"and samoa?", "es", "en"},
		{"y vanuatu?", "fr", "es"},
		{"fiji?", "es", "es"},
		{"sources", "fr", "fr"},
		{"y costa rica?", "es", "es"},
	} {
		if got := followUpLang(c, tt.text, tt.thread); got != tt.want {
			t.Errorf("followUpLang(%q, %s) = %s, want %s", tt.text, tt.thread, got, tt.want)
		}
	}
}

// TestCutOrgVenue: a meeting named by its organisation's acronym is a
// place, cut like a venue ("à la réunion de l'UA", "en la cumbre de la
// OEA", "at the CARICOM ministerial"); mirrors: a topic after "sur", a
// lower-case word after the meeting noun.
func TestCutOrgVenue(t *testing.T) {
	for _, tt := range []struct{ code, text, want string }{
		{"fr", "qu'a dit le rwanda a la reunion de l'UA", "qu'a dit le rwanda"},
		{"es", "que dijo guyana en la cumbre de la OEA sobre el petroleo", "que dijo guyana sobre el petroleo"},
		{"en", "what did barbados say at the CARICOM ministerial", "what did barbados say"},
		{"en", "what did fiji say at the meeting of the PIF on cables", "what did fiji say on cables"},
		{"fr", "que dit le rwanda sur la reunion de l'UA", "que dit le rwanda sur la reunion de l'UA"},
		{"es", "que dijo mexico en la reunion de expertos", "que dijo mexico en la reunion de expertos"},
	} {
		if got, _ := cutOccasion(tt.code, tt.text); got != tt.want {
			t.Errorf("cutOccasion(%s, %q) = %q, want %q", tt.code, tt.text, got, tt.want)
		}
	}
}

// TestDemonymSidesOfCompare: Spanish and French demonyms compared ("compara
// a los ticos con los chapines", read "compare ticos chapines") are the
// countries compared, and "la posture nigérienne" asks Niger; mirrors: a
// demonym after a noun of the topic stays the topic's ("la propuesta
// mexicana").
func TestDemonymSidesOfCompare(t *testing.T) {
	b := asked12Bot(t)
	for _, tt := range []struct{ q, intent, want string }{
		{"compara a los ticos con los chapines", IntentCompare, "Costa Rica,Guatemala"},
		{"compara a los costarricenses con los guatemaltecos", IntentCompare, "Costa Rica,Guatemala"},
		{"compare les sénégalais et les rwandais", IntentCompare, "Senegal,Rwanda"},
		{"la posture nigerienne sur l'uranium", IntentStance, "Niger"},
		{"que dice la delegacion de belice sobre la capacitacion", IntentStance, "Belize"},
	} {
		r := b.Ask(tt.q, 0)
		if got := strings.Join(r.Countries, ","); r.Intent != tt.intent || got != tt.want {
			t.Errorf("%q: %s %s, want %s %s", tt.q, r.Intent, got, tt.intent, tt.want)
		}
	}
	if r := b.Ask("la propuesta mexicana", 0); r.Intent == IntentCompare || len(r.Countries) > 1 {
		t.Errorf("'la propuesta mexicana': %s %v", r.Intent, r.Countries)
	}
}
