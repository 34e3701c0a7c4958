package bot

import (
	"slices"
	"strings"
	"testing"
	"testing/fstest"
)

// TestNonStateSpeaker: a territory or non-State actor asked as the
// speaker, in each language, is answered by no State whose statements
// name it, with a note in the asker's language; named after a country,
// after a preposition of the topic or in a who-question, it stays the
// topic.
func TestNonStateSpeaker(t *testing.T) {
	b := New(fsCorpus(t, fstest.MapFS{
		"denmark.txt": {Data: []byte("Denmark\nForeign states seek information on Danish policy on the Arctic and on Greenland, and Denmark publicly attributes such operations.\n")},
		"yemen.txt":   {Data: []byte("Yemen\nYemen told the Council that the Houthis had threatened cables in the Red Sea and asked it to protect them.\n")},
		"cyprus.txt":  {Data: []byte("Cyprus\nCyprus said it protects its undersea cables and its energy grid against cyber attacks.\n")},
		"china.txt":   {Data: []byte("China\nChina said Hong Kong's cyber security law protects critical infrastructure.\n")},
	}))
	for _, tt := range []struct {
		q, lang string
		none    bool   // no answer, and the note
		named   string // the note's name, when none
		answers string // otherwise a country that answers
	}{
		{"what does greenland say", "en", true, "Greenland", ""},
		{"greenland's position on the arctic", "en", true, "Greenland", ""},
		{"the houthis on undersea cables", "en", true, "The Houthis", ""},
		{"what does hong kong say about cyber security", "en", true, "Hong Kong", ""},
		{"what does northern cyprus say on cables", "en", true, "Northern Cyprus", ""},
		{"que dit le groenland", "fr", true, "Groenland", ""},
		{"que disent les houthis sur les câbles", "fr", true, "Les Houthis", ""},
		{"¿qué dice groenlandia?", "es", true, "Groenlandia", ""},
		{"qué dicen los hutíes sobre los cables", "es", true, "Los hutíes", ""},
		// mirrors: the name is the topic
		{"what does denmark say about greenland", "en", false, "", "Denmark"},
		{"who mentions the houthis", "en", false, "", "Yemen"},
		{"who talks about greenland", "en", false, "", "Denmark"},
		{"what does cyprus say about cables", "en", false, "", "Cyprus"},
		{"¿qué dice china sobre hong kong?", "es", false, "", "China"},
	} {
		r := b.Ask(tt.q, 0)
		var got []string
		for _, a := range r.Answers {
			got = append(got, a.Country)
		}
		switch {
		case r.Lang != tt.lang:
			t.Errorf("%q: lang %s, want %s", tt.q, r.Lang, tt.lang)
		case tt.none && (len(got) > 0 || !strings.HasPrefix(r.Message, tt.named)):
			t.Errorf("%q: answered by %v, message %.100q; want none and a note on %s", tt.q, got, r.Message, tt.named)
		case !tt.none && !slices.Contains(got, tt.answers):
			t.Errorf("%q: answered by %v (%.100q), want %s", tt.q, got, r.Message, tt.answers)
		}
	}
}

// TestActsOnObject: two countries on either side of a verb of acting on
// someone (supporting, helping, cooperating), or after such a verb opening
// an inverted question, ask the first about the second, in each
// language's reading; agreeing, "and", "vs" and "compare" keep the two
// sides of a comparison.
func TestActsOnObject(t *testing.T) {
	c := seedBot(t).Corpus()
	for _, tt := range []struct {
		q, about string
	}{
		{"does kenya support uganda's proposal", "Uganda"},
		{"has estonia backed ukraine on attribution", "Ukraine"},
		{"did japan help vietnam after the attack", "Vietnam"},
		{"est-ce que le rwanda soutient la centrafrique", "Central African Republic"},
		{"le sénégal coopère-t-il avec la mauritanie ?", "Mauritania"},
		{"¿venezuela coopera con nicaragua?", "Nicaragua"},
		{"¿apoya chile a argentina en ciberseguridad?", "Argentina"},
		{"¿colabora el perú con bolivia?", "Bolivia"},
		// mirrors: two sides
		{"does kenya agree with uganda on cybercrime", ""},
		{"kenya and uganda on cybercrime", ""},
		{"compare japan and the philippines", ""},
		{"kenya vs uganda support for the treaty", ""},
		{"¿está de acuerdo chile con argentina sobre ransomware?", ""},
		{"le sénégal et la mauritanie sur la cybercriminalité", ""},
	} {
		p := Parse(c, readQuestion(c, tt.q, "", "").English)
		got := strings.Join(p.About, ",")
		if got != tt.about || tt.about != "" && p.Intent == IntentCompare {
			t.Errorf("%q: about %q (%s %v), want %q", tt.q, got, p.Intent, p.Countries, tt.about)
		}
	}
}

// TestCutCourtesy: the asker's courtesy and errand phrases are cut from a
// question as typed, in each language, and only whole phrases are.
func TestCutCourtesy(t *testing.T) {
	for _, tt := range []struct{ q, want string }{
		{"what does kenya say on ransomware, asking for a friend", "what does kenya say on ransomware,"},
		{"kenya on ransomware just in case?", "kenya on ransomware ?"},
		{"thx in advance - kenya on ransomware", "- kenya on ransomware"},
		{"posición de chile sobre ransomware por si acaso", "posición de chile sobre ransomware"},
		{"q dice argentina xq me lo preguntaron en la reunion", "q dice argentina"},
		{"que dit le maroc sur la cybercriminalité, merci d’avance", "que dit le maroc sur la cybercriminalité,"},
		{"que dit le maroc au cas où", "que dit le maroc"},
		// mirrors: the words inside a topic stay
		{"who talks about a friend of the chair group", "who talks about a friend of the chair group"},
		{"what does kenya say in case of an attack on cables", "what does kenya say in case of an attack on cables"},
		{"the advance of ransomware in kenya", "the advance of ransomware in kenya"},
		{"qué dice chile sobre la prisa por regular la IA", "qué dice chile sobre la prisa por regular la IA"},
	} {
		if got := strings.Join(strings.Fields(cutCourtesy(tt.q)), " "); got != tt.want {
			t.Errorf("cutCourtesy(%q) = %q, want %q", tt.q, got, tt.want)
		}
	}
}

// TestCutSaidPlace: a capital or a venue city right after a verb of
// saying and its preposition (the speaker's name may come between) is
// cut as the venue, with the meeting held there, in each language; a
// place that is the topic, a phrase after "in" that names no city, and an
// instrument named after a capital stay.
func TestCutSaidPlace(t *testing.T) {
	g := seedBot(t).Corpus().Gazetteer
	for _, tt := range []struct{ q, want string }{
		{"what did turkey say in baku", "what did turkey say"},
		{"what did kenya say in addis ababa", "what did kenya say"},
		{"what did japan say in geneva about ransomware", "what did japan say about ransomware"},
		{"what did ghana say at the summit in abidjan", "what did ghana say"},
		{"qu'a dit le sénégal à genève", "qu'a dit le sénégal"},
		{"qu'a dit le maroc à new york ?", "qu'a dit le maroc ?"},
		{"qué dijo chile en la cumbre de lima", "qué dijo chile"},
		{"qué dijo méxico en ginebra sobre ransomware", "qué dijo méxico sobre ransomware"},
		// mirrors
		{"ransomware in kenya", "ransomware in kenya"},
		{"what did chile say in response to the attack", "what did chile say in response to the attack"},
		{"what did france say in the paris call", "what did france say in the paris call"},
		{"qué dijo chile en materia de ciberseguridad", "qué dijo chile en materia de ciberseguridad"},
		{"que dit le maroc sur les attaques à rabat", "que dit le maroc sur les attaques à rabat"},
		{"qué dice chile sobre el ataque en lima", "qué dice chile sobre el ataque en lima"},
	} {
		if got := strings.Join(strings.Fields(cutSaidPlace(g, tt.q)), " "); got != tt.want {
			t.Errorf("cutSaidPlace(%q) = %q, want %q", tt.q, got, tt.want)
		}
	}
}

// TestInitialsNote: agency initials typed alone in capitals, which
// several countries' statements name, are answered per country with a
// note saying so and how to ask about one, in the asker's language;
// initials one country's statements name, a plain word and lower-case
// initials get no note.
func TestInitialsNote(t *testing.T) {
	b := New(fsCorpus(t, fstest.MapFS{
		"ghana.txt":     {Data: []byte("Ghana\nThe Cyber Security Authority of Ghana (CSA) issued new licensing rules for cybersecurity service providers in March.\n")},
		"singapore.txt": {Data: []byte("Singapore\nThe Cyber Security Agency of Singapore (CSA) published its annual landscape report on threats to undersea cables.\n")},
		"peru.txt":      {Data: []byte("Peru\nPeru's digital government secretariat runs the national CSIRT and protects its undersea cables.\n")},
	}))
	for _, tt := range []struct {
		q, prefix string // prefix "" wants no note
	}{
		{"what has the CSA said", "CSA: statements of several countries"},
		{"anything from the CSA?", "CSA: statements of several countries"},
		{"que dice la CSA", "CSA: declaraciones de varios países"},
		{"que dit la CSA ?", "CSA : des déclarations de plusieurs pays"},
		// mirrors
		{"what has the CSIRT said", ""},
		{"who talks about cables", ""},
		{"what has the csa said", ""},
	} {
		r := b.Ask(tt.q, 0)
		has := strings.Contains(r.Message, "statements of several countries") || strings.Contains(r.Message, "varios países del corpus nombran") || strings.Contains(r.Message, "plusieurs pays du corpus nomment")
		if tt.prefix == "" && has || tt.prefix != "" && !strings.HasPrefix(r.Message, tt.prefix) {
			t.Errorf("%q: message %.120q, want note %q", tt.q, r.Message, tt.prefix)
		}
	}
}
