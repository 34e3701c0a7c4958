package corpus

import (
	"regexp"
	"strings"
)

// A bilateral agreement's story says who signed it in the passive, naming
// each signatory with its country: "El memorando fue firmado por el
// ministro de Transportes … de Guinea Ecuatorial y la ministra de Correos
// … de Camerún", "The agreement was signed by the foreign ministers of
// Chad and the Central African Republic". Both countries hold it: the
// first named held it alone (testdata/pages10's 971).

// signedByRe matches the passive opening.
var signedByRe = regexp.MustCompile(`^(?:` +
	`(?:The|This) (?:agreement|memorandum(?: of understanding)?|MoU|accord|declaration|protocol|joint statement|communiqué|roadmap|treaty|arrangement) (?:was|were|has been|had been) (?:signed|initialled|initialed)|` +
	`(?:El|Este) (?:memorando|memorándum|acuerdo|convenio|protocolo|comunicado|tratado)(?: de entendimiento)? (?:fue|ha sido) (?:firmado|suscrito|rubricado)|` +
	`(?:La|Esta) (?:declaración|hoja de ruta|carta de intención) (?:fue|ha sido) (?:firmada|suscrita)|` +
	`(?:L['’]accord|Le mémorandum|Le protocole|Le traité|Le communiqué|Cet accord) (?:a été|fut) (?:signé|paraphé)|` +
	`(?:La déclaration|La feuille de route|Cette déclaration) (?:a été|fut) signée` +
	`)(?:[\s,.;:]|$)`)

// signedBy returns the countries the first sentence of a passive signing
// names (at least two, by name, not by demonym) and the opening as
// evidence. A byte search for the participle's stem gates the expression.
func (g *Gazetteer) signedBy(p string) ([]string, string) {
	if len(p) < 20 {
		return nil, ""
	}
	switch p[0] {
	case 'T', 'E', 'L', 'C':
	default:
		return nil, ""
	}
	head := p[:min(len(p), 90)]
	if !strings.Contains(head, "signed") && !strings.Contains(head, "initial") && !strings.Contains(head, "firmad") &&
		!strings.Contains(head, "suscrit") && !strings.Contains(head, "rubricad") && !strings.Contains(head, "sign") && !strings.Contains(head, "paraph") {
		return nil, ""
	}
	if !signedByRe.MatchString(p) {
		return nil, ""
	}
	first := p
	if i := strings.Index(p, ". "); i > 0 {
		first = p[:i]
	}
	toks := Tokenize(first)
	for _, esfr := range []bool{false, true} {
		var named []string
		for _, m := range g.findText(toks, esfr) {
			if m.How != ByDemonym && !contains(named, m.Country) {
				named = append(named, m.Country)
			}
		}
		if len(named) >= 2 {
			return named, clip(first, 60)
		}
	}
	return nil, ""
}
