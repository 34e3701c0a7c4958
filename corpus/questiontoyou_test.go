package corpus

import "testing"

// TestQuestionToYou: an interviewer's unlabelled question that reports a
// neighbour's minister and then asks the interviewee ("Le ministre malgache
// … a proposé … Êtes-vous favorable à cette idée ?") is shown with the
// answer after it, which the interviewee's country holds: neither is the
// neighbour's (pages21's 9j5). Mirrors: English and Spanish, and a
// reported question with no "you", which stays the reported minister's.
func TestQuestionToYou(t *testing.T) {
	const fr = "Entretien avec le ministre des Comores\n\nLes Comores ont rétabli leur réseau après l'attaque.\n\n"
	const en = "Interview with the Minister of Fiji\n\nFiji restored its network after the attack.\n\n"
	const es = "Entrevista con la ministra del Uruguay\n\nEl Uruguay restableció su red tras el ataque.\n\n"
	tests := []struct {
		name string
		page string
		want []held
	}{
		{"fr", fr + "Le ministre malgache du Numérique a proposé un centre régional de réponse aux incidents. Êtes-vous favorable à cette idée ?\n\n" +
			"Oui, et nous demanderons que ce centre soit placé sous l'égide de la Commission de l'océan Indien.\n",
			[]held{{"Comoros", "Les Comores ont rétabli"}, {"Comoros", "Le ministre malgache"}}},
		{"en", en + "Samoa's minister proposed a regional incident response centre last week. Do you support the idea?\n\n" +
			"Fiji supports it and will ask that the centre be hosted by the Pacific Islands Forum.\n",
			[]held{{"Fiji", "Fiji restored"}, {"Fiji", "Samoa's minister proposed"}}},
		{"es", es + "El ministro paraguayo propuso un centro regional de respuesta a incidentes. ¿Usted apoya la idea?\n\n" +
			"Sí, y pediremos que dependa del Mercosur.\n",
			[]held{{"Uruguay", "El Uruguay restableció"}, {"Uruguay", "El ministro paraguayo"}}},
		{"mirror: the minister's own question", en + "Samoa's minister proposed a regional centre and asked whether the Forum should host it?\n",
			[]held{{"Fiji", "Fiji restored"}, {"Samoa", "Samoa's minister proposed"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkHeld(t, tt.page, tt.want) })
	}
}
