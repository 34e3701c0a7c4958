package corpus

import "testing"

// TestSpeakerNamedBefore: a country inside what a named speaker said ("the
// representative of Algeria said the remarks made by Morocco's delegate
// were …") is no subject of the sentence, fronted by a participle or not,
// in English, Spanish and French; mirrors: the reverse order keeps its
// speaker, and a possessive speaker still speaks.
func TestSpeakerNamedBefore(t *testing.T) {
	const lead = "The representative of Chile said his country supports the programme of action.\n\n"
	checkHeldAfterLead(t, lead, []heldRow{
		{"Speaking in exercise of the right of reply, the representative of Algeria said the remarks made by Morocco's delegate were a diversion.", "Algeria"},
		{"The representative of Algeria said the remarks made by Morocco's delegate were a diversion.", "Algeria"},
		{"Responding, the delegate from Fiji said Tonga's proposal was premature and Tonga's officials had not consulted anyone.", "Fiji"},
		{"The representative of Ghana stressed the concerns raised by Nigeria's minister were shared across the region.", "Ghana"},
		{"Ejerciendo el derecho de réplica, el representante de Argelia dijo que las observaciones del delegado de Marruecos eran una distracción.", "Algeria"},
		{"Exerçant son droit de réponse, le représentant de l'Algérie a déclaré que les propos du délégué du Maroc étaient une diversion.", "Algeria"},
		// Mirrors.
		{"The representative of Morocco said the remarks made by Algeria's delegate were a diversion.", "Morocco"},
		{"Exercising the right of reply, Algeria's delegate said the remarks made by Morocco's delegate were a diversion.", "Algeria"},
		{"Tonga's delegate said the proposal by the representative of Fiji was premature.", "Tonga"},
	})
}

// TestTakenUpByAuthor: a government's answer reporting another State's
// act, then taking it up as its holder's own in the same paragraph
// ("… Belarus has publicly denied … Ireland expects every State,
// including Belarus, …", "… ont attribué … La Suisse se réserve le droit
// d'en faire de même", "… Chile hará lo mismo") is the answer's holder's
// whole (see takenup.go); mirrors: a summary reporting its speakers, and a
// last part that does not take the other State up, are still cut.
func TestTakenUpByAuthor(t *testing.T) {
	tests := []struct {
		name string
		page string
		want []held
	}{
		{"en names it again", "Answer\n\nIreland condemns the attacks on its hospitals.\n\n" +
			"The Deputy referred to reports linking the attackers to Belarus. Belarus has publicly denied any involvement. Ireland expects every State, including Belarus, to act against ransomware groups.\n",
			[]held{{"Ireland", "Ireland condemns"}, {"Ireland", "The Deputy referred"}}},
		{"fr de même", "Réponse du Conseil fédéral\n\nLa Suisse condamne les vols de cryptomonnaies.\n\n" +
			"Les États-Unis et la Corée du Sud ont attribué publiquement plusieurs de ces attaques. La Suisse se réserve le droit d'en faire de même.\n",
			[]held{{"Switzerland", "La Suisse condamne"}, {"Switzerland", "Les États-Unis"}}},
		{"es lo mismo", "Respuesta del Gobierno\n\nChile condena el ataque contra el Servicio de Impuestos Internos.\n\n" +
			"Argentina ha atribuido públicamente el ataque a un grupo criminal. Chile hará lo mismo cuando concluya su investigación.\n",
			[]held{{"Chile", "Chile condena"}, {"Chile", "Argentina ha atribuido"}}},
		{"en likewise", "Answer\n\nNorway condemns the attack on its parliament.\n\n" +
			"Denmark has publicly attributed a similar attack. Norway will likewise decide on attribution after its own assessment.\n",
			[]held{{"Norway", "Norway condemns"}, {"Norway", "Denmark has"}}},
		// Mirrors.
		{"mirror: a summary's speakers", "Summary\n\nThe representative of Tuvalu said small States need funding.\n\n" +
			"The representative of Nauru said her country depends on partners. The representative of Tuvalu said it agreed with Nauru.\n",
			[]held{{"Tuvalu", "The representative of Tuvalu said small"}, {"Nauru", "The representative of Nauru"}, {"Tuvalu", "The representative of Tuvalu said it"}}},
		{"mirror: not taken up", "Answer\n\nIreland condemns the attacks on its hospitals.\n\n" +
			"Belarus has publicly denied any involvement in the attacks. Ireland will fund cyber capacity building in Africa.\n",
			[]held{{"Ireland", "Ireland condemns"}, {"Belarus", "Belarus has"}, {"Ireland", "Ireland will"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkHeld(t, tt.page, tt.want) })
	}
}

// TestSurnameLabel: a transcript's speaker labelled in full with a
// country in brackets, then by the surname alone, speaks for that country
// whoever spoke before, in English, Spanish and French; mirrors: a bracket
// naming no country (a moderator's institute) or two countries notes no
// speaker.
func TestSurnameLabel(t *testing.T) {
	tests := []struct {
		name string
		page string
		want []held
	}{
		{"en capitals", "Panel transcript\n\nH.E. MR. SOKHA CHEA (Ambassador of the Kingdom of Cambodia): Cambodia trains twenty analysts a year.\n\n" +
			"MR. ROMUALD HOUNGBO (Director General, Benin): Benin chose one agency for the whole State.\n\n" +
			"CHEA: If I may add, we looked closely at the Beninese model before choosing ours.\n",
			[]held{{"Cambodia", "H.E. MR. SOKHA CHEA"}, {"Benin", "MR. ROMUALD HOUNGBO"}, {"Cambodia", "CHEA: If I may add"}}},
		{"es title and surname", "Transcripción\n\nSra. Ana Gómez (Uruguay): Uruguay creó su CERT nacional en 2008.\n\n" +
			"Sr. Luis Pérez (Paraguay): Paraguay aprobó su segunda estrategia este año.\n\n" +
			"Sra. Gómez: Si me permite, nosotros también revisamos la estrategia cada cinco años.\n",
			[]held{{"Uruguay", "Sra. Ana Gómez"}, {"Paraguay", "Sr. Luis Pérez"}, {"Uruguay", "Sra. Gómez"}}},
		{"fr space before colon", "Transcription\n\nM. Jean Diouf (Sénégal) : Le Sénégal a adopté sa stratégie en 2017.\n\n" +
			"Mme Awa Traoré (Mali) : Le Mali prépare une loi sur la cybersécurité.\n\n" +
			"DIOUF : Permettez-moi d'ajouter que nous formons cent policiers par an.\n",
			[]held{{"Senegal", "M. Jean Diouf"}, {"Mali", "Mme Awa Traoré"}, {"Senegal", "DIOUF"}}},
		// Mirrors.
		{"mirror: moderator's institute", "Panel transcript\n\nMODERATOR (Dr. Efua Mensah, Accra Institute): Welcome.\n\n" +
			"MR. ROMUALD HOUNGBO (Director General, Benin): Benin chose one agency for the whole State.\n\n" +
			"MENSAH: Benin's model is widely studied and Benin shares it.\n",
			[]held{{"Benin", "MR. ROMUALD HOUNGBO"}, {"Benin", "MENSAH"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkHeld(t, tt.page, tt.want) })
	}
}

// TestPageEndsNobodysWords: a tracker's entry saying a State has no
// statement yet, a related-releases heading over other releases' titles,
// and a report's "Recommendations" after the authors' own voice are
// nobody's, in English, Spanish and French; mirrors: an entry with a
// position, a country's own "Recommendations" with no authors' voice
// before, and a related heading before anything was held, keep their
// holders.
func TestPageEndsNobodysWords(t *testing.T) {
	tests := []struct {
		name string
		page string
		want []held
	}{
		{"en no statement yet", "## Positions\n\n- **Norway**: prefers to implement the existing framework first.\n- **Libya**: no statement yet.\n",
			[]held{{"Norway", "Norway: prefers"}}},
		{"es sin declaración", "## Posiciones\n\n- **Noruega**: prefiere aplicar primero el marco existente.\n- **Libia**: sin declaración aún.\n",
			[]held{{"Norway", "Noruega: prefiere"}}},
		{"fr pas encore de déclaration", "## Positions\n\n- **Norvège** : préfère appliquer d'abord le cadre existant.\n- **Libye** : pas encore de déclaration.\n",
			[]held{{"Norway", "Norvège"}}},
		{"en related press releases", "Press Release\n\nTürkiye strongly condemns the cyber attack on the Ministry of Health.\n\nRelated Press Releases\n\nNo: 240, 6 November 2026, Regarding the Cyber Attack against the Central Bank of Azerbaijan\n",
			[]held{{"Türkiye", "Türkiye strongly"}}},
		{"en recommendations after the authors' voice", "Report\n\nSomalia's National Communications Authority told us that it had not ordered any shutdown.\n\n" +
			"We were unable to verify the Authority's account.\n\nRecommendations\n\nGovernments should refrain from network shutdowns.\n",
			[]held{{"Somalia", "Somalia's National"}}},
		{"fr recommandations", "Rapport\n\nLe ministère sénégalais de la Communication nous a indiqué que les coupures étaient techniques.\n\n" +
			"Nous n'avons pas pu vérifier ces affirmations.\n\nRecommandations\n\nLes gouvernements doivent s'abstenir de couper l'accès à Internet.\n",
			[]held{{"Senegal", "Le ministère sénégalais"}}},
		// Mirrors.
		{"mirror: an entry with a position", "## Positions\n\n- **Libya**: no objection to a binding instrument, if capacity-building is part of it.\n",
			[]held{{"Libya", "Libya: no objection"}}},
		{"mirror: a country's own recommendations", "National Cybersecurity Strategy of Botswana\n\nBotswana will create a national CSIRT by 2027.\n\nRecommendations\n\nMinistries should report incidents within 24 hours.\n",
			[]held{{"Botswana", "Botswana will"}, {"Botswana", "Ministries should"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkHeld(t, tt.page, tt.want) })
	}
}

// TestOneReportedSpeakerOfPair: two parties that signed or met, then one
// of them alone reported speaking ("Viet Nam's Deputy Minister said …",
// "El ministro hondureño dijo …", "Le ministre sénégalais a déclaré …"):
// the paragraph is that party's words, not the other's; mirrors: a pair
// with no speaker after it, or with another country speaking, is still
// both parties'.
func TestOneReportedSpeakerOfPair(t *testing.T) {
	const lead = "Digest\n\n"
	checkHeldAfterLead(t, lead, []heldRow{
		{"Viet Nam and Laos signed a memorandum on cybersecurity cooperation. Viet Nam's Deputy Minister of Public Security said his country would train 200 Lao officers.", "Vietnam"},
		{"Kenya and Uganda signed a memorandum on cybercrime. Uganda's minister said his country would host a joint training centre.", "Uganda"},
		{"Honduras y Guatemala firmaron un memorando sobre ciberseguridad. El ministro hondureño dijo que su país formará a 50 policías guatemaltecos.", "Honduras"},
		{"Le Sénégal et la Gambie ont signé un mémorandum sur la cybersécurité. Le ministre sénégalais a déclaré que son pays formera cent policiers gambiens.", "Senegal"},
	})
	checkHeld(t, lead+"Kenya and Uganda signed a memorandum on cybercrime cooperation in Kampala.\n",
		[]held{{"Kenya", "Kenya and Uganda"}, {"Uganda", "Kenya and Uganda"}})
}

// TestRecordNote: a record's note on where its answers are published or
// how final it is, after a minister's answer, is nobody's, in English,
// Spanish and French; mirror: a minister saying where the country
// publishes its strategy keeps the answer's holder.
func TestRecordNote(t *testing.T) {
	const lead = "Answer\n\nIreland condemns the ransomware attacks on its hospitals.\n\n"
	checkHeldAfterLead(t, lead, []heldRow{
		{"Written answers are published in the Official Report (unrevised).", ""},
		{"Answers to written questions will be published on the parliament's website.", ""},
		{"This is an unrevised transcript.", ""},
		{"Las respuestas escritas se publican en el Diario de Sesiones.", ""},
		{"Les réponses écrites sont publiées au Journal officiel.", ""},
		// Mirror.
		{"The new strategy will be published in the Official Journal next month.", "Ireland"},
	})
}

// TestOrganisationMet: a digest's item on an international organisation's
// meeting ("The Council of Europe's Cybercrime Convention Committee met in
// Strasbourg, and Brunei, Bhutan and Fiji attended as observers") is
// nobody's, not the brief's before, in English, Spanish and French;
// mirror: a country's own agency that met keeps its country.
func TestOrganisationMet(t *testing.T) {
	const lead = "Digest\n\nPanama's National Authority hosted a ransomware exercise for twelve CSIRTs.\n\n"
	checkHeldAfterLead(t, lead, []heldRow{
		{"The Council of Europe's Cybercrime Convention Committee met in Strasbourg, and Brunei Darussalam, Bhutan and Fiji were among the States that attended as observers.", ""},
		{"The OSCE Permanent Council met in Vienna to discuss confidence-building measures, and Mongolia attended as a partner.", ""},
		{"El Comité del Convenio sobre la Ciberdelincuencia del Consejo de Europa se reunió en Estrasburgo, con Bután y Fiyi como observadores.", ""},
		{"Le Comité de la Convention sur la cybercriminalité du Conseil de l'Europe a tenu sa réunion à Strasbourg, avec le Bhoutan et les Fidji comme observateurs.", ""},
		// Mirror.
		{"Panama's National Authority met the CSIRTs of Costa Rica and Colombia the next day.", "Panama"},
	})
}

// TestAlsoFrontedSpeaker: "Also" and a fronted phrase before a named
// speaker ("Also in exercise of the right of reply, the representative of
// Azerbaijan responded …", "También en ejercicio del derecho de
// respuesta, la representante de Azerbaiyán dijo …", "Également dans
// l'exercice du droit de réponse, la représentante de l'Azerbaïdjan a
// répondu …") is that speaker's, not the speaker's before; mirrors: with
// no speaker named, the speaker before goes on.
func TestAlsoFrontedSpeaker(t *testing.T) {
	const lead = "El representante de Chile dijo que su país apoya el programa de acción.\n\n"
	checkHeldAfterLead(t, lead, []heldRow{
		{"También en ejercicio del derecho de respuesta, la representante de Azerbaiyán respondió que Armenia no había presentado pruebas de sus acusaciones.", "Azerbaijan"},
		{"También en ejercicio del derecho de respuesta, la representante de Azerbaiyán dijo que las acusaciones eran falsas.", "Azerbaijan"},
		{"Also in exercise of the right of reply, the representative of Azerbaijan responded that Armenia had presented no evidence.", "Azerbaijan"},
		{"Also during the interactive dialogue, the delegate of Fiji stressed that Tonga's cables were exposed.", "Fiji"},
		{"Également dans l'exercice du droit de réponse, la représentante de l'Azerbaïdjan a répondu que l'Arménie n'avait présenté aucune preuve.", "Azerbaijan"},
		// Mirrors.
		{"También en ejercicio del derecho de respuesta, dijo que las acusaciones eran falsas.", "Chile"},
		{"Also in exercise of the right of reply, he said the remarks were unfounded.", "Chile"},
	})
}

// TestAsideAfterName: a paragraph opening with a country's name and a
// reporting aside right after it ("Belarus, he said, had denied …",
// "Bolivia, añadió, coopera …") goes on with the speaker the paragraph
// before reported, who speaks of the country; mirrors: an aside at the
// sentence's end, or none, keeps the country that opens it.
func TestAsideAfterName(t *testing.T) {
	const lead = "The representative of Chile said his country supports the programme of action.\n\n"
	checkHeldAfterLead(t, lead, []heldRow{
		{"Belarus, he said, had denied the allegations, but the investigation would go on.", "Chile"},
		{"Kenya, she noted, had offered to host the next regional workshop.", "Chile"},
		{"Bolivia, añadió, coopera con todos los países de la región contra el cibercrimen.", "Chile"},
		// Mirrors.
		{"Kenya will host the next regional workshop in Nairobi.", "Kenya"},
		{"Kenya, for its part, will host the next regional workshop in Nairobi.", "Kenya"},
	})
}
