package corpus

import (
	"strings"
	"testing"
)

// TestReleaseReportsVisitor: a ministry's release on a visit reports the
// visiting official's words ("the Togolese minister stressed …", "le
// ministre gambien a souligné …"): they are the visitor's country's, not
// the publisher's, whose author block covers only what it says itself.
// Mirrors: an office the text does not place, the publisher's own official,
// a government described (not speaking), and a reply in the first person
// stay the publisher's.
func TestReleaseReportsVisitor(t *testing.T) {
	const en = "Press release — Ministry of Foreign Affairs of Ghana\n\nAccra, 4 November 2026. The Minister of Foreign Affairs received her counterpart from Togo to discuss cooperation on cybersecurity.\n\n"
	const fr = "Communiqué – Ministère des Affaires étrangères du Sénégal\n\nDakar, le 5 novembre 2026. Le ministre a reçu son homologue de la Gambie pour évoquer la cybersécurité.\n\n"
	const es = "Comunicado de prensa del Ministerio de Relaciones Exteriores de Honduras\n\nTegucigalpa, 6 de noviembre de 2026. El canciller recibió a su homólogo de Belice para tratar la ciberseguridad.\n\n"
	tests := []struct {
		page, first, para, holder string
	}{
		{en, "Ghana", "During the meeting, the Togolese minister stressed that his country wants to strengthen its national CERT.", "Togo"},
		{en, "Ghana", "The Togolese Foreign Minister stressed that his country wants to strengthen its national CERT.", "Togo"},
		{en, "Ghana", "During the meeting, Togo's minister stressed that his country wants to strengthen its national CERT.", "Togo"},
		{en, "Ghana", "In addition, the Togolese ambassador asked for support on cybercrime legislation.", "Togo"},
		{fr, "Senegal", "Au cours de l'entretien, le ministre gambien a souligné que son pays souhaite renforcer son CERT national.", "Gambia"},
		{fr, "Senegal", "Par ailleurs, le ministre gambien a demandé un appui pour la législation sur la cybercriminalité.", "Gambia"},
		{en, "Ghana", "\"Cybersecurity is national security,\" said the Togolese minister after the talks.", "Togo"}, // the quotation mark stays
		{es, "Honduras", "Durante el encuentro, el canciller beliceño subrayó que su país busca fortalecer su CSIRT nacional.", "Belize"},
		// mirrors: the publisher's own words
		{en, "Ghana", "The Minister stressed that Ghana will host a regional workshop on cybercrime.", "Ghana"},
		{en, "Ghana", "For her part, the Ghanaian minister recalled the ransomware attack on the ports in 2024.", "Ghana"},
		{en, "Ghana", "The Togolese government has adopted a national cybersecurity strategy, which Ghana welcomes.", "Ghana"},
		{en, "Ghana", "The Togolese minister claimed that the attacks came from abroad. We do not share this reading of the facts.", "Ghana"},
		{fr, "Senegal", "De son côté, le ministre sénégalais a rappelé l'attaque contre les systèmes du Trésor en 2025.", "Senegal"},
	}
	for _, tt := range tests {
		checkAfter(t, tt.page, held{tt.first, strings.Split(tt.page, "\n\n")[1][:5]}, tt.para, tt.holder)
	}
}
