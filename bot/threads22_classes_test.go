package bot

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/stancebot/stancebot/conversation"
	"github.com/stancebot/stancebot/corpus"
)

// TestGoingBackContracted backs the going-back cues whose article is
// contracted ("revenons au Liban", "volvamos al Perú"): the article is
// part of the cue, not the topic asked.
func TestGoingBackContracted(t *testing.T) {
	for _, tc := range []struct{ in, want, code string }{
		{"revenons au liban", "what about liban", "fr"},
		{"revenons aux comores", "what about comores", "fr"},
		{"pour revenir au perou", "what about perou", "fr"},
		{"retour au cameroun", "what about cameroun", "fr"},
		{"volvamos al peru", "what about peru", "es"},
		{"volviendo al tema de la soberania", "what about tema de la soberania", "es"},
		// Neighbours: the uncontracted cues as before.
		{"revenons a la suisse", "what about la suisse", "fr"},
		{"volvamos a uruguay", "what about uruguay", "es"},
		{"au liban", "", ""},
	} {
		got, code, ok := correctionFollowUp(tc.in)
		if !ok {
			got = ""
		}
		if got != tc.want || code != tc.code {
			t.Errorf("correctionFollowUp(%q) = %q %q, want %q %q", tc.in, got, code, tc.want, tc.code)
		}
	}
}

// TestRestateFollowUp backs restateFollowUp: a follow-up made only of
// pronouns for the thread's country and topic and a verb of saying asks
// the last question again; one that names anything else is left alone.
func TestRestateFollowUp(t *testing.T) {
	rec := ReplyRecord{Question: "what does eswatini say about cybercrime"}
	for _, tc := range []struct {
		in   string
		want bool
	}{
		{"what did they say about it", true},
		{"what do they say on that", true},
		{"what's their position on it", true},
		{"whats their take on this", true},
		{"what did they say", true},
		{"que dijeron al respecto", true},
		{"que dicen ellos sobre eso", true},
		{"qu'est-ce qu'ils en disent", true},
		{"qu'en disent-ils", true},
		{"quelle est leur position", true},
		// Neighbours: another topic, another country, more, why.
		{"what did they say about cables", false},
		{"what does iceland say about it", false},
		{"what else did they say", false},
		{"why did they say that", false},
		{"what about it", false},
		{"que dijeron sobre ransomware", false},
		{"et eux sur l'ia", false},
	} {
		got, ok := restateFollowUp(rec, tc.in)
		if ok != tc.want || ok && got != rec.Question {
			t.Errorf("restateFollowUp(%q) = %q %v, want %v", tc.in, got, ok, tc.want)
		}
	}
	if _, ok := restateFollowUp(ReplyRecord{}, "what did they say about it"); ok {
		t.Error("restateFollowUp with no last question restated it")
	}
}

// TestThemPronounEnglish backs "they" and "them" as English function
// words: a short English follow-up in a French or Spanish thread is
// answered in English; French and Spanish ones keep their language.
func TestThemPronounEnglish(t *testing.T) {
	c := asked19Bot(t).Corpus()
	for in, want := range map[string]string{"compare them": "en", "and them?": "en", "what do they say": "en",
		"compare les": "fr", "comparez-les": "fr", "compáralos": "es"} {
		if got := followUpLang(c, in, "de"); got != want {
			t.Errorf("followUpLang(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestOrdinalAfterOrdinal backs Record.Counted: an ordinal after an
// ordinal counts in the list the first one counted in, whichever came
// first, in English, Spanish and French; once the thread moves on to a
// reply of its own, an ordinal counts in that reply again.
func TestOrdinalAfterOrdinal(t *testing.T) {
	b := asked19Bot(t)
	clock := time.Date(2026, 12, 2, 10, 0, 0, 0, time.UTC)
	for i, tc := range []struct {
		msgs []string
		want string // the country of the last message's reply
	}{
		{[]string{"compare azerbaijan and tonga on submarine cables", "the first one — when was that?", "and the second?"}, "Tonga"},
		{[]string{"compare azerbaijan and tonga on submarine cables", "the second one?", "and the first?"}, "Azerbaijan"},
		{[]string{"compare azerbaijan and tonga on submarine cables", "the last one", "the first one"}, "Azerbaijan"},
		{[]string{"compara azerbaiyán y tonga sobre los cables submarinos", "¿el primero?", "¿y el segundo?"}, "Tonga"},
		{[]string{"compare l'azerbaïdjan et les tonga sur les câbles sous-marins", "le premier ?", "et le deuxième ?"}, "Tonga"},
		// Neighbour: a new question in between starts a new list.
		{[]string{"compare azerbaijan and tonga on submarine cables", "the first one", "compare oman and qatar on capacity building", "the second one"}, "Qatar"},
	} {
		h := Chain(b, FollowUps(&conversation.Memory{Now: func() time.Time { return clock }}, func() *corpus.Corpus { return b.Corpus() }, nil))
		var r Reply
		for _, m := range tc.msgs {
			r = h.Handle(context.Background(), Question{Text: m, Platform: "console", Room: fmt.Sprint("ord", i), Time: clock})
		}
		if len(r.Countries) != 1 || r.Countries[0] != tc.want {
			t.Errorf("%q: read as %v, want %s", strings.Join(tc.msgs, " → "), r.Countries, tc.want)
		}
	}
}

// TestMoreAfterCompare backs nextOffset and the comparison's own paging:
// "more" after a comparison, with a topic or without, shows each
// country's next statements until all are shown, none twice, none
// skipped, and says of a country that has no more nothing false ("X: no
// statement on T").
func TestMoreAfterCompare(t *testing.T) {
	b := asked19Bot(t)
	clock := time.Date(2026, 12, 2, 10, 0, 0, 0, time.UTC)
	for i, q := range []string{"compare uzbekistan and oman on capacity building", "compare uzbekistan and oman",
		"compara uzbekistán y omán sobre el fomento de capacidades", "compare tonga and samoa"} {
		h := Chain(b, FollowUps(&conversation.Memory{Now: func() time.Time { return clock }}, func() *corpus.Corpus { return b.Corpus() }, nil))
		ask := func(text string) Reply {
			return h.Handle(context.Background(), Question{Text: text, Platform: "console", Room: fmt.Sprint("more", i), Time: clock})
		}
		r := ask(q)
		want := map[string]int{} // each country's statements, as its own stance question gives them
		for _, c := range r.Countries {
			want[c] = len(answerAt(b.Corpus(), strings.Replace(strings.Replace(q, "compare uzbekistan and oman", "what does "+c+" say", 1), "compare tonga and samoa", "tell me about "+c, 1), 50, 0, false).Answers)
		}
		seen, got := map[string]bool{}, map[string]int{}
		for page := 0; len(r.Answers) > 0 && page < 20; page++ {
			for _, a := range r.Answers {
				if seen[a.Key] {
					t.Errorf("%q page %d: %s shown again", q, page, a.Key)
				}
				seen[a.Key] = true
				got[a.Country]++
			}
			if page > 0 && strings.Contains(r.Message, ": no statement") {
				t.Errorf("%q page %d: %q", q, page, r.Message)
			}
			r = ask("more")
		}
		if strings.HasPrefix(q, "compare uzbekistan and oman") {
			for c, n := range want {
				if got[c] != n {
					t.Errorf("%q: %d statements of %s shown over the pages, want %d", q, got[c], c, n)
				}
			}
		}
		if len(got) < 2 {
			t.Errorf("%q: pages showed %v", q, got)
		}
	}
}

// TestDatesNoneInHeadline backs recountStance: when the dates asked leave
// none of one country's statements, the headline says none in those dates,
// not the count before them over no answer; when all qualify it is as
// before.
func TestDatesNoneInHeadline(t *testing.T) {
	b := dirBot(t, "../testdata/esfr20")
	for _, tc := range []struct{ q, want string }{
		{"what does paraguay say about critical infrastructure since 2025", "Paraguay: no statement on critical infrastructure in the dates asked."},
		{"que dice paraguay sobre infraestructura critica desde 2025", "Paraguay: ninguna declaración sobre infraestructura crítica en las fechas pedidas."},
		{"que dit le paraguay sur les infrastructures critiques depuis 2025", "Paraguay : aucune déclaration sur infrastructures critiques aux dates demandées."},
		{"what does rwanda say about capacity building since 2025", "Rwanda: no statement on capacity building in the dates asked."},
		// Neighbours: all qualify, or no dates asked.
		{"what does honduras say about critical infrastructure since 2025", "Honduras on critical infrastructure: 1 statement."},
		{"what does paraguay say about critical infrastructure", "Paraguay on critical infrastructure: 1 statement."},
	} {
		if got := b.Handle(context.Background(), Question{Text: tc.q}).Message; !strings.HasPrefix(got, tc.want) {
			t.Errorf("%q: %q, want it to open with %q", tc.q, got, tc.want)
		}
	}
}

// TestDropReferringComma backs dropReferring on a pronoun set off by its
// comma ("et eux, sur les élections ?"): it is dropped as without one, not
// kept as a topic word.
func TestDropReferringComma(t *testing.T) {
	for _, tc := range []struct {
		in, want string
		referred bool
	}{
		{"et eux, sur les elections", "et sur les elections", true},
		{"y ellos, sobre las elecciones", "y sobre las elecciones", true},
		{"and they, on ai", "and on ai", true},
		{"et eux sur l'ia", "et sur l'ia", true},
		// Neighbours: no pronoun, or nothing else left.
		{"and ghana, on ai", "and ghana, on ai", false},
		{"eux,", "eux,", false},
	} {
		got, referred := dropReferring(tc.in)
		if got != tc.want || referred != tc.referred {
			t.Errorf("dropReferring(%q) = %q %v, want %q %v", tc.in, got, referred, tc.want, tc.referred)
		}
	}
}

// TestWithoutAck backs withoutAck: an acknowledgement set off by its
// punctuation before a new question is dropped ("d'accord," and "de
// acuerdo," read as "agree with"); without its punctuation, or alone, the
// message is left as typed.
func TestWithoutAck(t *testing.T) {
	for in, want := range map[string]string{
		"d'accord, et le cameroun sur la souveraineté ?":      "et le cameroun sur la souveraineté ?",
		"de acuerdo, ¿y ruanda sobre la protección de datos?": "¿y ruanda sobre la protección de datos?",
		"ok thanks! what does rwanda say about cybercrime":    "what does rwanda say about cybercrime",
		"merci ! et le maroc ?":                               "et le maroc ?",
		// Neighbours.
		"de acuerdo con ruanda?":          "de acuerdo con ruanda?",
		"d'accord":                        "d'accord",
		"ok what does rwanda say":         "ok what does rwanda say",
		"le cameroun est-il d'accord ?":   "le cameroun est-il d'accord ?",
		"<@U123> d'accord, et le maroc ?": "<@U123> d'accord, et le maroc ?",
	} {
		if got := withoutAck(in); got != want {
			t.Errorf("withoutAck(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestWidenAfterConjunction backs widen on a thread's chaining
// conjunction: "and who else?", "et qui d'autre ?", "y quién más" ask who
// else as without it.
func TestWidenAfterConjunction(t *testing.T) {
	b := dirBot(t, "../testdata/esfr20")
	rec := ReplyRecord{Question: "what does switzerland say about attribution", Lang: "en", Intent: IntentStance}
	want, ok := widen(b.Corpus(), rec, "who else")
	if !ok {
		t.Fatal(`widen("who else") not read`)
	}
	for _, in := range []string{"and who else", "et qui d'autre", "y quien mas", "and anyone else"} {
		if got, ok := widen(b.Corpus(), rec, in); !ok || got != want {
			t.Errorf("widen(%q) = %q %v, want %q", in, got, ok, want)
		}
	}
	if _, ok := widen(b.Corpus(), rec, "and ghana"); ok {
		t.Error(`widen("and ghana") read as widening`)
	}
}

// TestAckOnly backs ackOnly: a message that only acknowledges the last
// answer ("👍" and ":+1:" too) is answered in kind, not searched as a
// topic ("vale" searched, "entendu" finding Cameroon's "entend"); one that
// asks anything is not.
func TestAckOnly(t *testing.T) {
	for in, want := range map[string]bool{
		"ok": true, "vale": true, "entendu": true, "d'accord": true, "de acuerdo": true, "got it": true,
		"ok, d'accord": true, "vale vale": true, "dale": true, "d'accord !": true,
		// Emoji and Slack codes (threads23): "👍" was an empty question, answered with the help text.
		"👍": true, "👍🏾": true, "👌": true, "🙏 merci": true, "perfecto 👍": true, ":+1:": true, ":thumbsup:": true, "+1": true,
		// Neighbours.
		"ok ghana?": false, "de acuerdo con ruanda": false, "d'accord avec la suisse ?": false, "": false,
		"ransomware": false, "ok what about cables": false, "👍 ghana?": false, ":flag-gh:": false, "👋": false, "+1 kenya": false,
	} {
		if got := ackOnly(in); got != want {
			t.Errorf("ackOnly(%q) = %v, want %v", in, got, want)
		}
	}
	b := dirBot(t, "../testdata/esfr20")
	for in, want := range map[string]string{"entendu": "fr", "vale": "es", "got it": "en"} {
		r := b.Handle(context.Background(), Question{Text: in, Lang: want})
		if len(r.Answers) > 0 || r.Intent != IntentNone || r.Message != T(want, msgAck) {
			t.Errorf("%q: %s %q with %d answers", in, r.Intent, r.Message, len(r.Answers))
		}
	}
}
