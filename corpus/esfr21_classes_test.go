package corpus

import (
	"slices"
	"testing"
)

// TestMinistryPortfolioNoMention: "Unión Europea" inside Spain's foreign
// ministry's name ("El ministro de Asuntos Exteriores, Unión Europea y
// Cooperación presentó …") is its portfolio, no country of the paragraph,
// in a page's body as in its heading (TestMinistryNamePart): the European
// Union held the Spanish minister's words (esfr21's 702). Mirrors: the
// Union as a party of a list keeps its mention.
func TestMinistryPortfolioNoMention(t *testing.T) {
	g := DefaultGazetteer()
	for _, tt := range []struct {
		p    string
		esfr bool
		want []string
	}{
		{"El ministro de Asuntos Exteriores, Unión Europea y Cooperación presentó hoy en Madrid la Estrategia de Ciberdiplomacia de España.", true, []string{"Spain"}},
		{"The Minister of Foreign Affairs, European Union and Cooperation of Spain presented the strategy.", false, []string{"Spain"}},
		// Mirrors.
		{"Declaración conjunta de España, la Unión Europea y Chile sobre la ciberseguridad.", true, []string{"Spain", "European Union", "Chile"}},
		{"Chile se alinea con la declaración formulada por la Unión Europea.", true, []string{"Chile", "European Union"}},
		{"Joint statement of Spain, the European Union and Chile.", false, []string{"Spain", "European Union", "Chile"}},
	} {
		var got []string
		for _, m := range g.findText(Tokenize(tt.p), tt.esfr) {
			got = append(got, m.Country)
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("findText(%q, %v) = %v, want %v", tt.p, tt.esfr, got, tt.want)
		}
	}
}

// TestESFR21PageShapes: the record's own voice and an outsider's judgement
// are nobody's, where the delegation or country before held them (esfr21's
// 703, 711, 713, 714): an organisation's general secretariat ("Le
// Secrétariat général a rappelé …"), an attendance at a level ("Les
// Seychelles et les Comores étaient représentées au niveau des hauts
// fonctionnaires"), countries that sent no one ("Ecuador y Perú, invitados
// como observadores, no enviaron representantes a la firma"), and an
// unnamed person of no government judging a country ("Interrogé par notre
// journal, un diplomate européen a estimé que la position égyptienne …",
// "Según un analista, …"). Mirrors: a government's secretariat, a country
// that sent a delegation and spoke, a person of a country ("un diplomate
// égyptien", "un experto de Chile") keep their readings.
func TestESFR21PageShapes(t *testing.T) {
	record := "Réunion de la CEEAC : compte rendu\n\nLe représentant du Tchad a proposé une stratégie sous-régionale.\n\n" +
		"Le Secrétariat général a rappelé que le cadre de la CEEAC prévoit un réseau de CERT.\n"
	govSecretariat := "Communiqué\n\nLe Tchad a proposé une stratégie sous-régionale.\n\n" +
		"Le Secrétariat général du Gouvernement du Tchad a rappelé que la loi prévoit un réseau de CERT.\n"
	attendance := "Forum de l'océan Indien\n\nMaurice plaide pour un centre régional de cybersécurité.\n\n" +
		"Les Seychelles et les Comores étaient représentées au niveau des hauts fonctionnaires.\n"
	attendanceEN := "Indian Ocean forum\n\nMauritius called for a regional cybersecurity centre.\n\n" +
		"Seychelles and Comoros were represented at senior officials level.\n"
	sentNone := "Colombia y Bolivia firman un memorando\n\nBolivia pidió que la cooperación internacional financie la formación de especialistas.\n\n" +
		"Ecuador y Perú, invitados como observadores, no enviaron representantes a la firma.\n"
	sentAndSpoke := "Colombia y Bolivia firman un memorando\n\nBolivia pidió financiación.\n\n" +
		"Ecuador envió una delegación y pidió sumarse a la red andina de equipos de respuesta.\n"
	outsider := "L'Égypte plaide pour un traité\n\nLe Caire, 15 septembre 2025 – L'Égypte estime que les normes volontaires ne suffisent plus.\n\n" +
		"Interrogé par notre journal, un diplomate européen a estimé que la position égyptienne « rejoint celle de la Russie ».\n\n" +
		"Un analyste occidental juge que la position égyptienne reste prudente.\n\n" +
		"Selon un expert africain, la position égyptienne est isolée.\n\n" +
		"Según un analista, la postura egipcia es coherente.\n"
	insider := "L'Égypte plaide pour un traité\n\nLe Caire, 15 septembre 2025 – L'Égypte estime que les normes volontaires ne suffisent plus.\n\n" +
		"Un diplomate égyptien a déclaré que l'Égypte soutiendra un instrument contraignant.\n"
	checkPageCases(t, []pageCase{
		{"general secretariat", record, "Le Secrétariat général", ""},
		{"attendance at a level", attendance, "Les Seychelles", ""},
		{"attendance at a level, English", attendanceEN, "Seychelles and Comoros", ""},
		{"sent no one", sentNone, "Ecuador y Perú", ""},
		{"a European diplomat", outsider, "Interrogé par notre journal", ""},
		{"a Western analyst", outsider, "Un analyste occidental", ""},
		{"according to an expert", outsider, "Selon un expert africain", ""},
		{"según un analista", outsider, "Según un analista", ""},
		// Mirrors.
		{"a government's secretariat", govSecretariat, "Le Secrétariat général du Gouvernement", "Chad"},
		{"sent a delegation and spoke", sentAndSpoke, "Ecuador envió", "Ecuador"},
		{"a diplomat of the country", insider, "Un diplomate égyptien", "Egypt"},
	})
}

// TestTitleCaseDatelineJoint: a joint subject after a Spanish or French
// press dateline in title case ("Bogotá, 22 de octubre de 2025 – Los
// gobiernos de Colombia y Bolivia firmaron …") is both countries', as
// after one in capitals ("BOGOTA, 22 October 2025 – Colombia and Bolivia
// signed …"): the title-case dateline hid the list, and the first country
// alone held the joint act (esfr21's 703). Mirrors: one country after the
// dateline, and the capitals' dateline, keep their readings; institutions
// acted on ("fueron recibidas por el Presidente") do no joint act, and keep
// the first named, as left8's readout mirror does.
func TestTitleCaseDatelineJoint(t *testing.T) {
	page := func(p string) string { return "Colombia y Bolivia acuerdan cooperar\nEl Andino Digital\n\n" + p + "\n" }
	checkPageCases(t, []pageCase{
		{"institutions", page("Bogotá, 22 de octubre de 2025 – Los gobiernos de Colombia y Bolivia firmaron un memorando."), "Bogotá", "Bolivia;Colombia"},
		{"list", page("Bogotá, 22 de octubre de 2025 – Colombia y Bolivia firmaron un memorando."), "Bogotá", "Bolivia;Colombia"},
		{"French", page("Ndjamena, le 3 mars 2025 – Le Tchad et le Niger ont signé un accord."), "Ndjamena", "Chad;Niger"},
		// Mirrors.
		{"one country", page("Bogotá, 22 de octubre de 2025 – Colombia firmó un memorando con sus vecinos."), "Bogotá", "Colombia"},
		{"capitals", page("BOGOTA, 22 October 2025 – Colombia and Bolivia signed a memorandum."), "BOGOTA", "Bolivia;Colombia"},
		{"acted on", page("Bogotá, 22 de octubre de 2025 – Las delegaciones de Colombia y Bolivia fueron recibidas por el Presidente."), "Bogotá", "Colombia"},
	})
}
