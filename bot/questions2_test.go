package bot

import (
	"slices"
	"strings"
	"testing"

	"github.com/stancebot/stancebot/corpus"
)

// The classes of misreadings found with testdata/asked2 and its question
// sets, one table each; every case failed before its fix.

// TestThanksAndClosings: acknowledgements, praise and leave-taking are
// answered in kind, never searched as topics ("nice one" answered Georgia,
// whose statement holds "one"; "thx that's great" answered Türkiye, which
// "attaches great importance"). "ok" or "got it" alone is no thanks.
func TestThanksAndClosings(t *testing.T) {
	b := asked2Bot(t)
	for _, tt := range []struct {
		q, lang string
		thanks  bool
	}{
		{"thx that's great", "en", true},
		{"ok cool", "en", true},
		{"that's helpful", "en", true},
		{"nice one", "en", true},
		{"ok thanks bye", "en", true},
		{"see you later", "en", true},
		{"thanks for the help", "en", true},
		{"merci c'est parfait", "fr", true},
		{"ok", "en", false},
		{"got it", "en", false},
		{"great, what does iran say on sanctions", "en", false},
	} {
		r := b.Ask(tt.q, 0)
		got := r.Intent == IntentNone && r.Message == T(tt.lang, msgThanks)
		if got != tt.thanks || len(r.Answers) > 0 && tt.thanks {
			t.Errorf("%q: intent %s, %d answers, message %q; thanks %v", tt.q, r.Intent, len(r.Answers), r.Message, tt.thanks)
		}
	}
	if r := b.Ask("good morning bot", 0); r.Intent != IntentHelp {
		t.Errorf("good morning bot: intent %s, want help", r.Intent)
	}
}

// TestInvertedYesNoIsStance: a Spanish or French yes/no question puts its
// verb first ("¿apoya Irán un tratado?", "l'Iran soutient-il …"): it asks
// the country's stance, not who supports the country.
func TestInvertedYesNoIsStance(t *testing.T) {
	b := asked2Bot(t)
	for _, tt := range []struct{ q, intent, country string }{
		{"¿apoya irán un tratado jurídicamente vinculante?", IntentStance, "Iran"},
		{"¿apoya china la convención sobre ciberdelincuencia?", IntentStance, "China"},
		{"¿qué países apoyan a irán sobre los tratados?", IntentTheme, "Iran"},
		{"who supports iran on treaties", IntentTheme, "Iran"},
	} {
		r := b.Ask(tt.q, 0)
		if r.Intent != tt.intent || len(r.Countries) == 0 || r.Countries[0] != tt.country {
			t.Errorf("%q: %s %v, want %s %s", tt.q, r.Intent, r.Countries, tt.intent, tt.country)
		}
		if tt.intent == IntentStance {
			for _, a := range r.Answers {
				if a.Country != tt.country {
					t.Errorf("%q: answer by %s", tt.q, a.Country)
				}
			}
		}
	}
}

// TestOccasionPhrases: "since the last OEWG", "at the latest session",
// "desde la última sesión", "lors de la dernière réunion" name a meeting,
// not a topic: the phrase is cut and orders the answers newest first.
func TestOccasionPhrases(t *testing.T) {
	for _, tt := range []struct{ code, q, rest, phrase string }{
		{"en", "what has georgia said since the last oewg", "what has georgia said", "since the last oewg"},
		{"en", "what did russia say at the latest OEWG session", "what did russia say", "at the latest OEWG session"},
		{"en", "iran on attribution during the previous substantive session?", "iran on attribution ?", "during the previous substantive session"},
		{"es", "desde la última sesión del OEWG, qué dijo chile", "qué dijo chile", "desde la última sesión del OEWG"},
		{"fr", "qu'a dit la chine lors de la dernière réunion du GTCNL", "qu'a dit la chine", "lors de la dernière réunion du GTCNL"},
		{"en", "what does china say about the oewg", "what does china say about the oewg", ""},
		{"en", "what did Peru say at the last OEWG", "what did Peru say", "at the last OEWG"},
		// A venue is cut without a date note.
		{"en", "what did georgia say at the OEWG", "what did georgia say", ""},
		{"es", "¿qué dijo chile en el OEWG sobre ransomware?", "¿qué dijo chile sobre ransomware?", ""},
		{"fr", "qu'a dit la chine lors du GTCNL sur la souveraineté", "qu'a dit la chine sur la souveraineté", ""},
	} {
		rest, phrases := cutOccasion(tt.code, tt.q)
		got := strings.Join(phrases, "|")
		if rest != tt.rest || got != tt.phrase {
			t.Errorf("cutOccasion(%q) = %q, %q; want %q, %q", tt.q, rest, got, tt.rest, tt.phrase)
		}
	}
	b := asked2Bot(t)
	r := b.Ask("what has georgia said since the last oewg", 0)
	if r.Intent != IntentCountry || len(r.Answers) == 0 || r.Answers[0].Country != "Georgia" || !strings.Contains(r.Message, "since the last oewg") {
		t.Errorf("since the last oewg: %s %d answers %q", r.Intent, len(r.Answers), r.Message)
	}
}

// TestTypoStemmedToName: a misspelt name the stemmer cuts to the name
// itself ("chilee" → "chile") is still the country, not a topic word.
func TestTypoStemmedToName(t *testing.T) {
	b := asked2Bot(t)
	for _, q := range []string{"chilee ransomware", "what does chilee say on ransomware"} {
		r := b.Ask(q, 0)
		if r.Intent != IntentStance || !slices.Equal(r.Countries, []string{"Chile"}) {
			t.Errorf("%q: %s %v, want stance Chile", q, r.Intent, r.Countries)
		}
	}
	if stemIsName(b.Corpus(), "chile") || stemIsName(b.Corpus(), "ransomware") {
		t.Error("stemIsName is true for a name or a plain word")
	}
}

// TestNegatedWhoQuestions: "who hasn't said anything on X" names the
// countries with no statement on X and shows none; "who does not support
// X" gives the statements with a note that the corpus cannot judge it.
func TestNegatedWhoQuestions(t *testing.T) {
	for _, tt := range []struct {
		q    string
		want negation
	}{
		{"who hasn't said anything on ransomware", negSilent},
		{"which countries have not mentioned ransomware", negSilent},
		{"who is silent on ransomware", negSilent},
		{"qui ne parle pas des rançongiciels", negSilent},
		{"¿quién no ha dicho nada sobre ransomware?", negSilent},
		{"who does not support a new treaty", negSupport},
		{"quels pays ne soutiennent pas un traité", negSupport},
		{"who talks about ransomware", negNone},
		{"who supports a treaty", negNone},
		{"which countries oppose a binding treaty", negSupport},
		{"who is against a new treaty", negSupport},
		{"who's against the convention?", negSupport},
		{"anyone rejected the proposal?", negSupport},
		{"¿quién se opone a un tratado vinculante?", negSupport},
		{"quién está en contra del tratado", negSupport},
		{"quels pays s'opposent à un traité ?", negSupport},
		{"qui est contre le traité ?", negSupport},
		{"which countries are sceptical of a new treaty", negSupport},
		{"who is wary of a binding convention", negSupport},
		{"¿qué países son reacios a un tratado?", negSupport},
		{"quels pays sont sceptiques face à un traité ?", negSupport},
		// Neighbours: "against" in the topic, a negated opposition.
		{"who talks about measures against ransomware", negNone},
		{"qué dicen sobre la lucha contra el ransomware", negNone},
		{"who does not oppose a treaty", negNone},
	} {
		if got := negatedAsk(corpus.Tokenize(tt.q)); got != tt.want {
			t.Errorf("negatedAsk(%q) = %d, want %d", tt.q, got, tt.want)
		}
	}
	b := asked2Bot(t)
	r := b.Ask("who hasn't said anything on ransomware", 0)
	if len(r.Answers) != 0 || !strings.Contains(r.Message, "hold no statement on ransomware") ||
		!strings.Contains(r.Message, "Iran") || !strings.Contains(r.Message, "Those that speak on it: Chile and Nigeria.") {
		t.Errorf("silent: %d answers, %q", len(r.Answers), r.Message)
	}
	r = b.Ask("¿quién no ha dicho nada sobre ransomware?", 0)
	if len(r.Answers) != 0 || !strings.Contains(r.Message, "no tienen ninguna declaración sobre ransomware:") {
		t.Errorf("silent es: %d answers, %q", len(r.Answers), r.Message)
	}
	r = b.Ask("who does not support a new treaty", 0)
	if len(r.Answers) == 0 || !strings.HasPrefix(r.Message, "The corpus cannot say who does not support it") {
		t.Errorf("not support: %d answers, %q", len(r.Answers), r.Message)
	}
}

// TestTopicAsTypedInReply: a Spanish or French reply names a topic the
// glossary read in English by the words as typed.
func TestTopicAsTypedInReply(t *testing.T) {
	b := asked2Bot(t)
	for _, tt := range []struct{ q, want, not string }{
		{"¿hay algún país que hable de quantum y criptomonedas?", "criptomonedas", "cryptocurrency"},
		{"pruebas electrónicas gambia", "pruebas electrónicas", "electronic"},
	} {
		r := b.Ask(tt.q, 0)
		if !strings.Contains(r.Message, tt.want) || strings.Contains(r.Message, tt.not) {
			t.Errorf("%q: message %q; want %q, not %q", tt.q, r.Message, tt.want, tt.not)
		}
	}
	if got := replaceWord("sobre evidence electronic; evidences", "evidence", "pruebas"); got != "sobre pruebas electronic; evidences" {
		t.Errorf("replaceWord: %q", got)
	}
}

// TestOrdinalFollowUps: "the second one", "the third country", "le
// dernier" name a country of the last reply; the message then reads as
// if the name had been typed.
func TestOrdinalFollowUps(t *testing.T) {
	b := asked2Bot(t)
	rec := ReplyRecord{Question: "who talks about submarine cables"}
	for _, a := range b.Ask(rec.Question, 0).Answers {
		rec.Keys = append(rec.Keys, a.Key)
	}
	for _, tt := range []struct{ in, want string }{
		{"what does the second one say on capacity building", "what does Dominica say on capacity building"},
		{"and the first one?", "and Cabo Verde?"},
		{"tell me more about the first country", "tell me more about Cabo Verde"},
		{"what does the second say", "what does Dominica say"},
		{"et le dernier ?", "et Dominica?"},
		{"¿y el primero?", "¿y Cabo Verde?"},
		{"the fifth one", "the fifth one"},                                                         // only two countries shown
		{"what did China say at the first committee", "what did China say at the first committee"}, // no ordinal reference
	} {
		got, _, _ := ordinalFollowUp(b.Corpus(), rec, tt.in)
		if got != tt.want {
			t.Errorf("ordinalFollowUp(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestDateFollowUps: a follow-up of only date words asks the last
// question again within them; anything else is no date follow-up.
func TestDateFollowUps(t *testing.T) {
	rec := ReplyRecord{Question: "what does iran say on attribution"}
	for _, tt := range []struct{ in, want string }{
		{"and in 2021", "what does iran say on attribution in 2021"},
		{"latest", "what does iran say on attribution latest"},
		{"what about since the last session", "what does iran say on attribution since the last session"},
		{"y desde 2024", "what does iran say on attribution desde 2024"},
		{"et depuis 2022", "what does iran say on attribution depuis 2022"},
		{"and russia", ""},
		{"and 2024", ""},
		{"and ransomware since 2023", ""},
		{"only 2024", "what does iran say on attribution in 2024"},
		{"solo 2024?", "what does iran say on attribution in 2024"},
		{"only ransomware", ""},
	} {
		got, _ := dateFollowUp(rec, tt.in)
		if got != tt.want {
			t.Errorf("dateFollowUp(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	// A new date frame replaces the one an earlier follow-up added.
	for _, tt := range []struct{ last, in, want string }{
		{"what did peru say since 2025", "and before 2024?", "what did peru say before 2024"},
		{"que dijo peru desde 2025", "y en 2023?", "que dijo peru en 2023"},
		// Mirror: a question with no dates keeps all its words.
		{"what did peru say on the 2019 accession", "and since 2024?", "what did peru say on the 2019 accession since 2024"},
	} {
		if got, _ := dateFollowUp(ReplyRecord{Question: tt.last}, tt.in); got != tt.want {
			t.Errorf("dateFollowUp(%q after %q) = %q, want %q", tt.in, tt.last, got, tt.want)
		}
	}
}

// TestThemeAcronymIsNoCountry: an acronym of the debates typed where a
// country could stand ("oppose IHL", "support CBMs") is the theme, never
// "I do not know “IHL” as a country".
func TestThemeAcronymIsNoCountry(t *testing.T) {
	b := asked2Bot(t)
	for _, q := range []string{"does russia oppose IHL?", "do china and russia both support CBMs?"} {
		r := b.Ask(q, 0)
		if len(r.Unknown) > 0 || strings.Contains(r.Message, "I do not know") {
			t.Errorf("%q: unknown %v, message %q", q, r.Unknown, r.Message)
		}
	}
	if r := b.Ask("what does narnia say on attribution", 0); len(r.Unknown) != 1 {
		t.Errorf("narnia: unknown %v", r.Unknown)
	}
}
