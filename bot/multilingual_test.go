package bot

import (
	"bufio"
	"context"
	"os"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stancebot/stancebot/conversation"
	"github.com/stancebot/stancebot/corpus"
	"github.com/stancebot/stancebot/seeds"
)

type mlCase struct {
	corpus, lang, question, english string
}

func readMLCases(t *testing.T) []mlCase {
	t.Helper()
	fh, err := os.Open("testdata/multilingual.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer fh.Close()
	var out []mlCase
	sc := bufio.NewScanner(fh)
	for sc.Scan() {
		line := sc.Text()
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 4 {
			t.Fatalf("multilingual.tsv: want 4 columns: %q", line)
		}
		out = append(out, mlCase{f[0], f[1], f[2], f[3]})
	}
	return out
}

var (
	altOnce   sync.Once
	altCorpus *corpus.Corpus
	altErr    error
)

func mlBot(t *testing.T, which string) *Bot {
	t.Helper()
	if which == "alt" {
		altOnce.Do(func() {
			altCorpus, altErr = corpus.LoadDir(context.Background(), "../testdata/altcorpus", corpus.Options{})
		})
		if altErr != nil {
			t.Fatal(altErr)
		}
		return New(altCorpus)
	}
	c, err := corpus.Load(context.Background(), seeds.FS, corpus.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return New(c)
}

// mlPass scores one Spanish or French reply strictly against the reply to
// the same question in English: same intent, the same first statement,
// no statement of a country that was not asked about, and no answers
// where English has none.
func mlPass(got, ref Reply, wantLang string) (bool, string) {
	if got.Lang != wantLang {
		return false, "lang " + got.Lang
	}
	if len(ref.Answers) == 0 {
		if len(got.Answers) != 0 {
			return false, "answers where English has none: " + got.Answers[0].Country
		}
		return true, ""
	}
	if len(got.Answers) == 0 {
		return false, "no answer; message: " + got.Message
	}
	if got.Answers[0].Key != ref.Answers[0].Key {
		return false, "first answer " + got.Answers[0].Country + " " + got.Answers[0].Key + ", want " + ref.Answers[0].Key
	}
	asked := map[string]bool{}
	for _, c := range ref.Countries {
		asked[c] = true
	}
	for _, a := range got.Answers {
		if !asked[a.Country] {
			return false, "statement of " + a.Country + " among the answers"
		}
	}
	return true, ""
}

// mlMinPass is the number of cases of testdata/multilingual.tsv that must
// pass. It only goes up.
const mlMinPass = 93

func TestMultilingualGolden(t *testing.T) {
	cases := readMLCases(t)
	bots := map[string]*Bot{"seeds": mlBot(t, "seeds"), "alt": mlBot(t, "alt")}
	pass := map[string]int{}
	total := map[string]int{}
	for _, tc := range cases {
		b := bots[tc.corpus]
		ref := b.Ask(tc.english, 0)
		got := b.Ask(tc.question, 0)
		total[tc.lang]++
		if ok, why := mlPass(got, ref, tc.lang); ok {
			pass[tc.lang]++
		} else {
			t.Logf("FAIL [%s %s] %q: %s", tc.corpus, tc.lang, tc.question, why)
		}
	}
	t.Logf("Spanish %d/%d, French %d/%d", pass["es"], total["es"], pass["fr"], total["fr"])
	if total["es"] < 25 || total["fr"] < 25 {
		t.Errorf("want at least 25 questions per language, have es %d fr %d", total["es"], total["fr"])
	}
	if n := pass["es"] + pass["fr"]; n < mlMinPass {
		t.Errorf("%d of %d Spanish and French questions pass, want at least %d", n, len(cases), mlMinPass)
	}
}

// A question whose words leave the language open ("Cuba attribution" is
// English or French) takes the room's pinned language, then the
// thread's, then English; threads never share their language.
func TestLanguageTiesFollowPinThenThread(t *testing.T) {
	b := mlBot(t, "seeds")
	ctx := t.Context()
	q := func(text, room, thread, pin string) Reply {
		return b.Handle(ctx, Question{Text: text, Platform: "slack", Room: room, Thread: thread, Lang: pin})
	}
	if r := q("Cuba attribution", "C1", "t1", ""); r.Lang != "en" {
		t.Errorf("no pin, new thread: lang %q, want en", r.Lang)
	}
	if r := q("Quelle est la position de Cuba sur la militarisation ?", "C1", "t2", ""); r.Lang != "fr" {
		t.Fatalf("French question: lang %q", r.Lang)
	}
	if r := q("Cuba attribution", "C1", "t2", ""); r.Lang != "fr" {
		t.Errorf("tie in a French thread: lang %q, want fr", r.Lang)
	}
	if r := q("Cuba attribution", "C1", "t3", ""); r.Lang != "en" {
		t.Errorf("tie in another thread: lang %q, want en (threads do not share)", r.Lang)
	}
	if r := q("Cuba attribution", "C2", "", "fr"); r.Lang != "fr" {
		t.Errorf("tie in a room pinned to French: lang %q, want fr", r.Lang)
	}
	if r := q("what does Cuba say on militarisation?", "C2", "", "fr"); r.Lang != "en" {
		t.Errorf("a clear English question in a French room: lang %q, want en", r.Lang)
	}
	if r := q("¿Qué dice Cuba sobre la militarización?", "C1", "t2", "fr"); r.Lang != "es" || len(r.Answers) == 0 || r.Answers[0].Country != "Cuba" {
		t.Errorf("a clear Spanish question in a French thread and room: lang %q, answers %d", r.Lang, len(r.Answers))
	}
}

func TestExplainShowsLanguageAndTranslation(t *testing.T) {
	b := mlBot(t, "seeds")
	r := b.Explain("¿Qué dice Perú sobre la soberanai?", 0)
	if r.Explain == nil || r.Explain.Lang != "es" || r.Explain.English == "" {
		t.Fatalf("explain = %+v", r.Explain)
	}
	var hows []string
	for _, s := range r.Explain.Translation {
		hows = append(hows, s.How)
	}
	if !strings.Contains(strings.Join(hows, " "), "typo") || !strings.Contains(strings.Join(hows, " "), "theme") {
		t.Errorf("translation steps %v lack the typo and theme steps", r.Explain.Translation)
	}
	if r.Query != "¿Qué dice Perú sobre la soberanai?" {
		t.Errorf("query = %q, want the question as asked", r.Query)
	}
}

func TestThreadLangsBounded(t *testing.T) {
	var tl threadLangs
	tl.max = 10
	for i := 0; i < 100; i++ {
		tl.put(Question{Platform: "slack", Room: "C", Thread: strings.Repeat("x", i)}, "fr")
	}
	if len(tl.m) > 10 {
		t.Errorf("%d entries kept, want at most 10", len(tl.m))
	}
	now := tl.clock()
	tl.now = func() time.Time { return now.Add(time.Hour) }
	if got := tl.get(Question{Platform: "slack", Room: "C", Thread: strings.Repeat("x", 99)}); got != "" {
		t.Errorf("expired entry still gives %q", got)
	}
}

// List, help and none replies in each language: the list asked for, in
// the asker's words, with theme names in that language.
func TestListsAndHelpInLanguage(t *testing.T) {
	b := mlBot(t, "seeds")
	tests := []struct {
		q, lang, intent, want string
	}{
		{"themes", "en", IntentList, "Themes: attribution, due diligence"},
		{"countries", "en", IntentList, "7 countries hold 16 statements in the corpus: Cuba (1)"},
		{"temas", "es", IntentList, "Temas: atribución, diligencia debida"},
		{"¿qué temas conoces?", "es", IntentList, "Temas: "},
		{"países", "es", IntentList, "7 países tienen 16 declaraciones en el corpus"},
		{"thèmes", "fr", IntentList, "Thèmes : attribution, diligence raisonnable"},
		{"quels pays ?", "fr", IntentList, "7 pays ont 16 déclarations dans le corpus"},
		// A list request asks about the corpus; any other word is a topic,
		// even one no statement holds.
		{"which countries are covered", "en", IntentList, "7 countries hold 16 statements"},
		{"what countries are in the database?", "en", IntentList, "7 countries hold 16 statements"},
		{"which countries are represented", "en", IntentList, "7 countries hold 16 statements"},
		{"which countries mention quantum computing", "en", IntentTheme, "No country in the corpus speaks on quantum computing"},
		{"what do countries say about deepfakes?", "en", IntentTheme, "No country in the corpus speaks on deepfakes"},
		{"¿qué países están incluidos?", "es", IntentList, "7 países tienen 16 declaraciones"},
		{"¿qué países hablan de criptomonedas?", "es", IntentTheme, "Ningún país del corpus se pronuncia"},
		{"quels pays sont couverts ?", "fr", IntentList, "7 pays ont 16 déclarations"},
		{"quels pays parlent de la 6G ?", "fr", IntentTheme, "Aucun pays du corpus ne s'exprime"},
		{"compare them", "en", IntentNone, "I could not find a country or a topic"},
		{"compara perú", "es", IntentCompare, "Para comparar, nombre otro país"},
		{"¿hay algún país que hable de criptomonedas?", "es", IntentTheme, "Ningún país del corpus se pronuncia sobre criptomonedas."},
		{"¿algo nuevo de Serbia?", "es", IntentCountry, "Serbia: 1 declaración en el corpus"},
		{"quoi de neuf du côté de la Serbie ?", "fr", IntentCountry, "Serbie : 1 déclaration dans le corpus"},
		// Thanks are answered in kind, in their language; a greeting before
		// a question is that question.
		{"thanks!", "en", IntentNone, "You're welcome."},
		{"perfecto, gracias", "es", IntentNone, "De nada."},
		{"merci beaucoup", "fr", IntentNone, "Je vous en prie."},
		{"hi cuba", "en", IntentCountry, "Cuba: 1 statement in the corpus"},
		{"hola, ¿qué dice Cuba?", "es", IntentCountry, "Cuba: 1 declaración en el corpus"},
		{"hello", "en", IntentHelp, "Ask me what countries say"},
		// The speakers asked about in general are not the topic.
		{"what do delegations say on deepfakes", "en", IntentTheme, "No country in the corpus speaks on deepfakes."},
		{"which governments mention quantum computing?", "en", IntentTheme, "No country in the corpus speaks on quantum computing."},
		{"do any nations talk about deepfakes", "en", IntentTheme, "No country in the corpus speaks on deepfakes."},
		{"ayuda", "es", IntentHelp, "¿qué dice Perú sobre la atribución?"},
		{"aide", "fr", IntentHelp, "que dit le Pérou sur l'attribution ?"},
	}
	for _, tt := range tests {
		r := b.Ask(tt.q, 0)
		if r.Lang != tt.lang || r.Intent != tt.intent || !strings.Contains(r.Message, tt.want) {
			t.Errorf("Ask(%q) = lang %q intent %q message %q; want %s %s containing %q", tt.q, r.Lang, r.Intent, r.Message, tt.lang, tt.intent, tt.want)
		}
	}
}

// The bot's words follow the asker's language; statements stay in
// English; countries in answers keep their English short names (the JSON
// contract).
func TestRepliesInAskersLanguage(t *testing.T) {
	b := mlBot(t, "seeds")
	tests := []struct {
		q, want string
	}{
		{"¿Qué dice Perú sobre la atribución?", "Perú sobre atribución: 1 declaración."},
		{"Perú atribución", "Perú sobre atribución: 1 declaración."},
		{"Peru atribucion", "Perú sobre atribución: 1 declaración."},
		{"Corée du Sud renforcement des capacités", "Corée du Sud sur renforcement des capacités : "},
		{"que dit la France sur l'attribution ?", "France : aucune déclaration dans le corpus."},
		{"Serbia derechos humanos", "Serbia: ninguna declaración en el corpus sobre derechos humanos. Se muestran aparte"},
		{"¿qué dice China sobre la soberanía?", "China: ninguna declaración en el corpus; solo aparece mencionado en declaraciones de India."},
		{"¿quién habla de diligencia debida?", "2 países sobre diligencia debida: "},
		{"compara India y Cuba sobre la militarización", "Comparación: India y Cuba sobre militarización."},
		{"El Salvador chaînes d'approvisionnement", "Salvador sur chaînes d'approvisionnement : 1 déclaration."},
		{"qui parle de diligence raisonnable ?", "2 pays sur diligence raisonnable : "},
		{"que dit la Chine sur la souveraineté ?", "sur souveraineté"},
	}
	for _, tt := range tests {
		r := b.Ask(tt.q, 0)
		if !strings.Contains(r.Message, tt.want) {
			t.Errorf("Ask(%q).Message = %q, want it to contain %q", tt.q, r.Message, tt.want)
		}
		for _, a := range r.Answers {
			if _, ok := b.Corpus().Gazetteer.Lookup(a.Country); !ok {
				t.Errorf("Ask(%q): answer country %q is not a gazetteer short name", tt.q, a.Country)
			}
		}
	}
}

// Follow-ups in a Spanish or French conversation: "¿y Japón?", "¿y sobre
// los derechos humanos?", "más", "fuentes", "¿por qué?" continue the last
// question, and the reply stays in the conversation's language.
func TestFollowUpsInSpanishAndFrench(t *testing.T) {
	b := mlBot(t, "alt")
	for _, conv := range []struct {
		name  string
		steps []struct{ text, lang, country, theme, contains string }
	}{
		{"es", []struct{ text, lang, country, theme, contains string }{
			{"¿Qué dice Estonia sobre la atribución?", "es", "Estonia", "attribution", "Estonia sobre atribución"},
			{"¿y Australia?", "es", "Australia", "attribution", "Australia sobre atribución"},
			{"¿y sobre los derechos humanos?", "es", "Australia", "human rights", "sobre derechos humanos"},
			{"fuentes", "es", "", "", "Fuentes de la última respuesta"},
			{"¿por qué?", "es", "Australia", "human rights", ""},
			{"¿y Kenia?", "es", "", "human rights", "Kenia: ninguna declaración"},
		}},
		{"fr", []struct{ text, lang, country, theme, contains string }{
			{"Que dit le Japon sur les contre-mesures ?", "fr", "Japan", "countermeasures", "Japon sur contre-mesures"},
			{"et l'Estonie ?", "fr", "Estonia", "countermeasures", "Estonie sur contre-mesures"},
			{"sources", "fr", "", "", "Sources de la dernière réponse"},
			{"pourquoi ?", "fr", "Estonia", "countermeasures", ""},
		}},
	} {
		h := Chain(b, FollowUps(&conversation.Memory{}, b.Corpus, nil))
		for _, s := range conv.steps {
			r := h.Handle(context.Background(), Question{Text: s.text, Platform: "slack", Room: "C-" + conv.name, Thread: "t"})
			if r.Lang != s.lang {
				t.Errorf("%s %q: lang %q, want %q (%s)", conv.name, s.text, r.Lang, s.lang, r.Message)
			}
			for _, a := range r.Answers {
				if a.Country != s.country {
					t.Errorf("%s %q: answer by %s, want %s", conv.name, s.text, a.Country, s.country)
				}
			}
			if s.country != "" && len(r.Answers) == 0 {
				t.Errorf("%s %q: no answers (%s)", conv.name, s.text, r.Message)
			}
			if s.theme != "" && !slices.Contains(r.Themes, s.theme) {
				t.Errorf("%s %q: themes %v, want %s", conv.name, s.text, r.Themes, s.theme)
			}
			if !strings.Contains(r.Message, s.contains) {
				t.Errorf("%s %q: message %q lacks %q", conv.name, s.text, r.Message, s.contains)
			}
		}
	}
}

func TestAnswerNamesInReplyLanguage(t *testing.T) {
	b := mlBot(t, "seeds")
	r := b.Ask("Que dit la Corée du Sud sur le renforcement des capacités ?", 0)
	if len(r.Answers) == 0 || r.Answers[0].Country != "South Korea" || r.Answers[0].CountryName != "Corée du Sud" || r.Answers[0].DisplayName() != "Corée du Sud" {
		t.Fatalf("answers = %+v", r.Answers)
	}
	if r := b.Ask("what does South Korea say on capacity building?", 0); len(r.Answers) == 0 || r.Answers[0].CountryName != "" {
		t.Errorf("an English reply sets country_name: %+v", r.Answers)
	}
}

// Two questions in one Spanish or French message stay two.
func TestTwoQuestionsInOneForeignMessage(t *testing.T) {
	b := mlBot(t, "seeds")
	for _, q := range []string{
		"¿Qué dice la India sobre la soberanía? ¿Y la UE sobre la ciberdelincuencia?",
		"Que dit l'Inde sur la souveraineté ? Et l'UE sur la cybercriminalité ?",
	} {
		r := b.Ask(q, 0)
		if len(r.Parts) != 2 || r.Parts[0].Countries[0] != "India" || r.Parts[1].Countries[0] != "European Union" {
			t.Errorf("Ask(%q): %d parts %+v", q, len(r.Parts), r.Parts)
			continue
		}
		if !slices.Contains(r.Parts[1].Themes, "cybercrime") || r.Parts[1].Lang != r.Lang {
			t.Errorf("Ask(%q): second part %+v", q, r.Parts[1])
		}
	}
}

func TestPinLanguagesMiddleware(t *testing.T) {
	b := mlBot(t, "seeds")
	h := Chain(b, PinLanguages(map[string]string{"slack:CFR": "fr"}))
	ask := func(room, text string) string {
		return h.Handle(context.Background(), Question{Text: text, Platform: "slack", Room: room}).Lang
	}
	if got := ask("CFR", "Cuba attribution"); got != "fr" {
		t.Errorf("pinned room: lang %q, want fr", got)
	}
	if got := ask("COTHER", "Cuba attribution"); got != "en" {
		t.Errorf("unpinned room: lang %q, want en", got)
	}
	if got := ask("CFR", "¿Qué dice Cuba sobre la militarización?"); got != "es" {
		t.Errorf("clear Spanish in a French room: lang %q, want es", got)
	}
}
