package bot

import (
	"fmt"
	"slices"
	"testing"
	"testing/fstest"

	"github.com/stancebot/stancebot/corpus"
)

// TestGluedNumberNoCount: a number glued to the letters before it names
// a grouping ("which v4 countries", "the g7 countries"), it asks no
// number of answers: "v4 countries" was read as "4 countries" and the
// question as "which v countries" (groups23). A number standing alone
// still does.
func TestGluedNumberNoCount(t *testing.T) {
	tests := []struct {
		q    string
		want int
	}{
		{"which v4 countries talk about ransomware", 0},
		{"the g7 countries on norms", 0},
		{"which g20 countries mention ai", 0},
		{"top 5 countries on hospitals", 5},
		{"3 countries on ransomware", 3},
		{"give me 2 statements from japan", 2},
		{"los 3 principales países sobre normas", 3},
	}
	for _, tt := range tests {
		if _, got := cutCount(tt.q); got != tt.want {
			t.Errorf("cutCount(%q) = %d, want %d", tt.q, got, tt.want)
		}
	}
}

// TestGiveVerbRecipient: a second country right after a verb of giving or
// thanking ("what is japan offering mongolia", "what does peru thank
// chile for"), or after "for"/"to" following one ("what is japan doing
// for mongolia"), is the recipient the first country speaks of, not a
// second side to compare (groups23; pages18's "offering albania",
// oneCorpusMisses' "thank australia for"). Joined by "and" or "vs" the two
// are compared still.
func TestGiveVerbRecipient(t *testing.T) {
	b := New(fsCorpus(t, fstest.MapFS{
		"jp.txt": {Data: []byte("Japan will provide Mongolia with training for its national CERT.\n")},
		"mn.txt": {Data: []byte("Mongolia thanks Japan for its support to the national CERT.\n")},
		"pe.txt": {Data: []byte("Peru thanks Chile for the training of its prosecutors.\n")},
		"cl.txt": {Data: []byte("Chile supports capacity building in the region.\n")},
	}))
	tests := []struct {
		q, intent string
		about     []string
	}{
		{"what is japan offering mongolia", IntentStance, []string{"Mongolia"}},
		{"what is japan giving mongolia", IntentStance, []string{"Mongolia"}},
		{"what is japan doing for mongolia", IntentStance, []string{"Mongolia"}},
		{"what does peru thank chile for", IntentStance, []string{"Chile"}},
		{"what did japan provide to mongolia", IntentStance, []string{"Mongolia"}},
		// mirrors: two sides
		{"japan and mongolia on training", IntentCompare, nil},
		{"japan vs mongolia", IntentCompare, nil},
		{"what do japan and mongolia offer", IntentCompare, nil},
	}
	for _, tt := range tests {
		p := Parse(b.Corpus(), tt.q)
		if p.Intent != tt.intent || !slices.Equal(p.About, tt.about) {
			t.Errorf("Parse(%q) = %s about %v, want %s about %v", tt.q, p.Intent, p.About, tt.intent, tt.about)
		}
	}
}

// TestTopByAmount: "top N countries on X" and "who talks the most about
// X" rank the countries by how many of their statements answer, not by
// their one best statement; "the most recently" asks no amount.
func TestTopByAmount(t *testing.T) {
	fs := fstest.MapFS{
		"nl.txt": {Data: []byte("Hospitals.\n")},
		"cz.txt": {Data: []byte("Czechia condemns the ransomware attacks that have disrupted hospitals and blood banks in the region.\n\n" +
			"Czechia will exchange threat information within hours of an incident affecting a hospital.\n\n" +
			"Czechia will hold an exercise on the recovery of hospital information systems in spring.\n")},
		"pe.txt": {Data: []byte("Peru supports capacity building in the region.\n")},
	}
	b := New(fsCorpus(t, fs))
	first := func(q string) string {
		r := b.Ask(q, 0)
		if len(r.Answers) == 0 {
			return ""
		}
		return r.Answers[0].Country
	}
	for _, tt := range []struct{ q, want string }{
		{"top 2 countries on hospitals", "Czechia"},
		{"who talks the most about hospitals", "Czechia"},
		{"which countries say the most about hospitals", "Czechia"},
	} {
		if got := first(tt.q); got != tt.want {
			t.Errorf("%q: first answer by %q, want %q", tt.q, got, tt.want)
		}
	}
	for _, tt := range []struct {
		q    string
		want bool
	}{
		{"who talks the most about hospitals", true},
		{"quien habla mas de los hospitales", false},
		{"el pais que más habla de hospitales", true},
		{"qui parle le plus des hôpitaux", true},
		{"qui parle le plus récemment des hôpitaux", false},
		{"who talks most recently about hospitals", false},
	} {
		if got := asksMost(tt.q); got != tt.want {
			t.Errorf("asksMost(%q) = %v, want %v", tt.q, got, tt.want)
		}
	}
}

// TestTypedInTheme: asked who speaks of a theme through narrower words
// of it ("desalination plants", a synonym of critical infrastructure;
// "sim swap fraud", where "fraud" names cybercrime), the statements
// holding the question's rarest word answer, when the theme's are ten
// times as many; the theme asked by its own words ("critical
// infrastructure", "training cyber staff") is answered by all its
// statements.
func TestTypedInTheme(t *testing.T) {
	fs := fstest.MapFS{
		"om.txt": {Data: []byte("Oman designates desalination plants as critical infrastructure.\n")},
		"ug.txt": {Data: []byte("Uganda reported that SIM swap fraud is the fastest-growing crime.\n")},
	}
	var others []string
	for i, c := range []string{"Portugal", "Georgia", "Chile", "Peru", "Ghana", "Kenya", "Japan", "Brazil", "Mexico", "Fiji", "Samoa", "Tonga"} {
		others = append(others, c)
		fs[fmt.Sprintf("c%d.txt", i)] = &fstest.MapFile{Data: []byte(c + " protects its critical infrastructure and fights cybercrime with training for its staff.\n")}
	}
	b := New(fsCorpus(t, fs))
	tests := []struct {
		q         string
		want, not []string
	}{
		{"who talks about desalination plants", []string{"Oman"}, others},
		{"how many countries mention sim swap fraud", []string{"Uganda"}, others},
		// mirrors: the theme by its own words
		{"who talks about critical infrastructure", append([]string{"Oman"}, others...), nil},
		{"who talks about cybercrime", append([]string{"Uganda"}, others...), nil},
		{"who talks about training cyber staff", others, nil},
	}
	for _, tt := range tests {
		checkAnsweredBy(t, tt.q, b.Ask(tt.q, 20), tt.want, tt.not)
	}
}

// TestHoldsWordsAlt: a unit's word is held by any stem standing for it
// ("cyberinsurance" for "insurance"), and every word of the unit must be.
func TestHoldsWordsAlt(t *testing.T) {
	units := topicUnits([]corpus.QueryTerm{{Stem: "cyber"}, {Stem: "insur", Alt: []string{"cyberinsur"}}})
	if len(units) != 2 || !holdsWords([]string{"cyberinsur"}, units[1]) || holdsWords([]string{"cyber"}, units[1]) {
		t.Errorf("topicUnits = %v: want 'insurance' held by 'cyberinsurance' and not by 'cyber'", units)
	}
	phrase := [][]string{{"desalin"}, {"plant"}}
	if holdsWords([]string{"desalin"}, phrase) || !holdsWords([]string{"plant", "desalin"}, phrase) {
		t.Error("a phrase is held only with all its words")
	}
}

// TestGroupVenue: a grouping named as where a country spoke ("at the au",
// "au sein du conseil de coopération du golfe", "en el seno de la oea")
// is cut from a question asking what was said, as is French "au", "à
// la" before a grouping's full name (where or to whom it spoke: either
// way the country's statements, where the grouping's French name as a
// topic found none, left24; an acronym stays a topic, which pages in every
// language write) and the United Nations and its councils in each language
// ("at the u n", "en la onu", "à l'onu"); a grouping asked beside a
// country, French "au" before another word and Spanish "en la" before a
// grouping (a question about it there, as "Perú en el GTCA") stay.
func TestGroupVenue(t *testing.T) {
	tests := []struct{ code, q, want string }{
		{"en", "what did kenya say at the au", "what did kenya say"},
		{"en", "what did kenya say at the au on cybercrime", "what did kenya say on cybercrime"},
		{"en", "what did fiji say at the Pacific Islands Forum meeting", "what did fiji say"},
		{"fr", "que dit le qatar au sein du conseil de coopération du golfe", "que dit le qatar"},
		{"fr", "qu'a dit le senegal au sein de l'UA sur la cybercriminalité", "qu'a dit le senegal sur la cybercriminalité"},
		{"es", "que dijo chile en el seno de la oea", "que dijo chile"},
		{"fr", "que dit haiti a la caricom", "que dit haiti a la caricom"},
		{"fr", "que dit le togo à l'union africaine", "que dit le togo"},
		{"fr", "que dit le qatar au conseil de cooperation du golfe", "que dit le qatar"},
		{"fr", "qu'a dit le sénégal à l'onu sur la cybercriminalité", "qu'a dit le sénégal sur la cybercriminalité"},
		{"fr", "qu'a dit le gabon aux nations unies", "qu'a dit le gabon"},
		{"en", "what did peru say at the u n", "what did peru say"},
		{"en", "what did peru say at the U.N. on ransomware", "what did peru say . on ransomware"},
		{"en", "what did ghana say at the un security council", "what did ghana say"},
		{"en", "what has fiji said at the united nations about climate", "what has fiji said about climate"},
		{"es", "qué dijo chile en la onu", "qué dijo chile"},
		{"es", "que ha dicho mexico en el consejo de seguridad sobre ransomware", "que ha dicho mexico sobre ransomware"},
		{"es", "que dijo chile en la oea", "que dijo chile en la oea"},
		// mirrors: no saying asked; French "au" before another word; a
		// grouping asked
		{"en", "kenya and the au on cybercrime", "kenya and the au on cybercrime"},
		{"en", "what does the au say about capacity building", "what does the au say about capacity building"},
		{"fr", "que dit le maroc au sujet de la cybercriminalite", "que dit le maroc au sujet de la cybercriminalite"},
		{"fr", "qu'a dit le senegal au conseil de securite", "qu'a dit le senegal"},
		{"en", "peru at the un", "peru at the un"},
		{"en", "what does kenya say about the unga", "what does kenya say about the unga"},
		{"es", "la posición de chile en la onu", "la posición de chile en la onu"},
		{"fr", "que dit le maroc à la réunion", "que dit le maroc à la réunion"},
		{"en", "what did kenya say about the australian position", "what did kenya say about the australian position"},
	}
	for _, tt := range tests {
		if got := cutGroupVenue(tt.code, tt.q); got != tt.want {
			t.Errorf("cutGroupVenue(%q, %q) = %q, want %q", tt.code, tt.q, got, tt.want)
		}
	}
}
