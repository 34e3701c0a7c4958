package corpus

import "testing"

// TestGuestTail: an author's paragraph that ends with a reported
// official of another country is cut there: the author holds its own
// part, the guest its words (see guestTail). Mirrors: the author answering
// the guest in the first person, a "we" inside the guest's quotation,
// and another country's subject before the guest.
func TestGuestTail(t *testing.T) {
	const en = "Ministry of National Security of the Republic of Namibia\n\nNamibia launches its cybercrime unit\n\n" +
		"Namibia today launched its national cybercrime unit.\n\n"
	const es = "Ministerio de Relaciones Exteriores de la República del Paraguay\n\nParaguay lanza su unidad de ciberdelitos\n\n" +
		"Paraguay lanzó hoy su unidad nacional de ciberdelitos.\n\n"
	const fr = "Ministère de la Sécurité publique de la République du Niger\n\nLe Niger lance son unité de lutte contre la cybercriminalité\n\n" +
		"Le Niger a lancé aujourd'hui son unité nationale de lutte contre la cybercriminalité.\n\n"
	tests := []struct {
		name string
		page string
		want []held
	}{
		{"en", en + "At the regional level, the Government welcomed the work of the SADC secretariat. Botswana's Minister of Communications, who attended the launch as a guest, said that \"a crime committed from Gaborone or Windhoek must be prosecutable in both\".\n",
			[]held{{"Namibia", "Namibia today"}, {"Namibia", "At the regional level"}, {"Botswana", "Botswana's Minister"}}},
		{"es", es + "En el plano regional, el Gobierno valoró el trabajo del Mercosur. El ministro de Relaciones Exteriores de Uruguay, invitado a la ceremonia, afirmó que los delitos cometidos desde Montevideo deben poder perseguirse en ambos países.\n",
			[]held{{"Paraguay", "Paraguay lanzó"}, {"Paraguay", "En el plano regional"}, {"Uruguay", "El ministro de Relaciones Exteriores de Uruguay"}}},
		{"fr", fr + "Au niveau régional, le Gouvernement a salué le travail de la CEDEAO. Le ministre de l'Économie numérique du Bénin, invité à la cérémonie, a déclaré que les crimes commis depuis Cotonou doivent pouvoir être poursuivis dans les deux pays.\n",
			[]held{{"Niger", "Le Niger a lancé"}, {"Niger", "Au niveau régional"}, {"Benin", "Le ministre de l'Économie numérique du Bénin"}}},
		{"en, a we inside the guest's quotation", en + "The Government welcomed the work of the SADC secretariat. Botswana's Minister of Communications said that \"we must prosecute these crimes together\".\n",
			[]held{{"Namibia", "Namibia today"}, {"Namibia", "The Government welcomed"}, {"Botswana", "Botswana's Minister"}}},
		{"mirror: the author answers the guest", en + "The Government welcomed the work of the SADC secretariat. Botswana's Minister of Communications said that the unit should report to the police. We cannot agree with that view.\n",
			[]held{{"Namibia", "Namibia today"}, {"Namibia", "The Government welcomed"}}},
		{"en, two guests", en + "The Government welcomed the work of the SADC secretariat. Botswana's Minister of Communications said that crimes must be prosecutable in both countries. For its part, the National Cyber Security Agency of Zambia sent a message of support.\n",
			[]held{{"Namibia", "Namibia today"}, {"Namibia", "The Government welcomed"}, {"Botswana", "Botswana's Minister"}, {"Zambia", "For its part"}}},
		{"es, guests open the paragraph under a news headline", "Uruguay aprueba su primera estrategia de ciberseguridad\n\n" +
			"El director de la Agencia de Gobierno Electrónico de Argentina, presente en el acto, aseguró que Argentina seguirá apoyando a Uruguay con formación. Por su parte, la Agencia Nacional de Ciberseguridad de Bolivia envió un mensaje de apoyo.\n",
			[]held{{"Argentina", "El director"}, {"Bolivia", "Por su parte"}}},
		{"fr, guests open the paragraph under a news headline", "Le Togo adopte sa première stratégie de cybersécurité\n\n" +
			"Le directeur de l'Agence des systèmes d'information du Bénin, présent à la cérémonie, a assuré que le Bénin continuerait de soutenir le Togo. De son côté, l'Agence nationale de la cybersécurité du Niger a envoyé un message de soutien.\n",
			[]held{{"Benin", "Le directeur"}, {"Niger", "De son côté"}}},
		{"en, guests open the paragraph on a masthead page", en + "The Director of the Cyber Security Authority of Botswana, present at the launch, said that Botswana would keep supporting Namibia with training. For its part, the National Cyber Security Agency of Zambia sent a message of support.\n",
			[]held{{"Namibia", "Namibia today"}, {"Botswana", "The Director"}, {"Zambia", "For its part"}}},
		{"mirror: no author's page", "Regional cybercrime units\n\nNamibia today launched its national cybercrime unit.\n\n" +
			"Botswana's Minister of Communications, who attended the launch as a guest, said that crimes must be prosecutable in both countries.\n",
			[]held{{"Namibia", "Namibia today"}, {"Botswana", "Botswana's Minister"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkHeld(t, tt.page, tt.want) })
	}
}
