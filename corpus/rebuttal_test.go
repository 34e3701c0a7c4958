package corpus

import "testing"

// TestRebuttalIsNotTheClaimants: a right of reply restating a country's
// claim and rejecting it holds nothing (never the claimant), and its
// first-person opening naming the country answered is not that country's;
// a third-person follow-up, or a quoted rejection, leaves the claimant its
// own words.
func TestRebuttalIsNotTheClaimants(t *testing.T) {
	tests := []struct {
		name, page string
		want       []held
	}{
		{"right of reply", "Right of reply\n\nMr. Chair,\n\nMy delegation takes the floor to respond to the statement made this morning by the representative of Venezuela.\n\n" +
			"Venezuela claims that unilateral coercive measures amount to cyber attacks. We reject this claim. Sanctions are a lawful tool of foreign policy.\n\n" +
			"We also heard the delegation of Cuba argue that the internet should be governed by states alone. Paraguay firmly believes in the multistakeholder model.\n",
			[]held{{"Paraguay", "We also heard"}}},
		{"allegations false", "Kenya called for a treaty on cyber crime.\n\nThe Russian Federation alleges that NATO runs cyber operations against it. These allegations are baseless.\n",
			[]held{{"Kenya", "Kenya called"}}},
		{"French", "Le Mali a appelé à un traité.\n\nLe Venezuela affirme que les sanctions sont des cyberattaques. Nous rejetons cette affirmation.\n",
			[]held{{"Mali", "Le Mali"}}},
		{"Spanish", "Chile pidió un tratado.\n\nVenezuela afirma que las sanciones son ciberataques. Rechazamos esa afirmación.\n",
			[]held{{"Chile", "Chile pidió"}}},
		// Mirrors: the claimant's own words.
		{"third person", "Venezuela claims that unilateral coercive measures amount to cyber attacks. It rejects all sanctions.\n",
			[]held{{"Venezuela", "Venezuela claims"}}},
		{"quoted rejection", "Venezuela claims that unilateral coercive measures amount to cyber attacks. “We reject this claim,” a diplomat said.\n",
			[]held{{"Venezuela", "Venezuela claims"}}},
		{"own rejection", "Venezuela rejects unilateral coercive measures. We reject them too, it added.\n",
			[]held{{"Venezuela", "Venezuela rejects"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkHeld(t, tt.page, tt.want) })
	}
}

// TestSpeechAuthor: the paragraph right after a speech's salutation names
// its speaker, whose every later paragraph it stays, whoever it quotes
// ("As the distinguished delegate of Chile said") or describes ("Some
// delegations, including Iran and Nicaragua, have questioned"). Without
// the salutation, a page of coverage gives each its own.
func TestSpeechAuthor(t *testing.T) {
	body := "Uruguay thanks the Chair for convening this debate.\n\n" +
		"As the distinguished delegate of Chile said yesterday, capacity building is the foundation of everything we do. Chile is right, and we would add that it must be demand-driven.\n\n" +
		"Some delegations, including Iran and Nicaragua, have questioned whether international humanitarian law applies in cyberspace. Uruguay has no doubt that it does.\n"
	checkHeld(t, "Mr. President,\n\n"+body, []held{{"Uruguay", "Uruguay thanks"}, {"Uruguay", "As the distinguished"}, {"Uruguay", "Some delegations"}})
	checkHeld(t, body, []held{{"Uruguay", "Uruguay thanks"}, {"Chile", "As the distinguished"},
		{"Iran", "Some delegations"}, {"Nicaragua", "Some delegations"}, {"Uruguay", "Uruguay has no doubt"}})
}

// TestInterviewAuthor: an interview titled with the interviewee's country
// keeps every answer the interviewee's, whoever an answer names ("Brasil es
// nuestro socio más cercano. Brasil ha apoyado …" is Paraguay's answer),
// in the dash dialogue Spanish and French papers print.
func TestInterviewAuthor(t *testing.T) {
	page := "ENTREVISTA | \"Paraguay no firmará un tratado que limite la libertad en internet\"\n\n" +
		"—¿Y sobre Brasil?\n—Brasil es nuestro socio más cercano. Brasil ha apoyado siempre la cooperación en materia de CERT.\n"
	checkHeld(t, page, []held{{"Paraguay", "—¿Y sobre Brasil? —Brasil es"}}) // (the short question shown with its answer, pages22)
}

// TestEncyclopediaEndMatter: an encyclopedia article's "References" and
// "See also" lists end it; a sentence opening with the word does not.
func TestEncyclopediaEndMatter(t *testing.T) {
	for _, tt := range []struct {
		p   string
		end bool
	}{
		{"References ^ \"Angola aprova estratégia nacional\". Jornal de Angola. 2017.", true},
		{"References", true},
		{"See also - Cybersecurity in Africa", true},
		{"Références 1. « Le Mali adopte »", true},
		{"References to sovereignty were frequent in Angola's statement.", false},
		{"See also the statement Angola made in 2025.", false},
	} {
		if end, _ := webChrome(tt.p); end != tt.end {
			t.Errorf("webChrome(%q) end = %v, want %v", tt.p, end, tt.end)
		}
	}
}
