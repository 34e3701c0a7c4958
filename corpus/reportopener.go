package corpus

import "bytes"

// A summary's title line may run into its first sentence with no blank
// line between ("Résumé du Président⏎Une délégation a estimé que …"): the
// title, ending no sentence, was joined to the line after it, and the
// unnamed delegation's words, opening no longer at the paragraph's start,
// went on the block before (Angola's, in testdata/pages4). A short line
// that ends no sentence ends its paragraph when the next line opens as a
// report of who spoke (reportOpener), as it does before a speaker's label.

// reportOpeners are the openings of a summary's or coverage's report of a
// speaker, by their first word (the line loop looks no further for any
// other line).
var reportOpeners = map[string][]string{
	"One":        {"One delegation", "One State", "One speaker"},
	"Several":    {"Several delegations", "Several States", "Several speakers"},
	"Some":       {"Some delegations", "Some States"},
	"Many":       {"Many delegations", "Many States"},
	"A":          {"A number of delegations", "A number of States", "A few delegations", "A delegation"},
	"The":        {"The representative of", "The delegation of", "The delegate of"},
	"Une":        {"Une délégation"},
	"Un":         {"Un État", "Un intervenant"},
	"Plusieurs":  {"Plusieurs délégations", "Plusieurs États"},
	"Certaines":  {"Certaines délégations"},
	"Certains":   {"Certains États"},
	"Quelques":   {"Quelques délégations"},
	"La":         {"La délégation d", "La représentante d", "La delegación de", "La representante de"},
	"Le":         {"Le représentant d", "Le délégué d"},
	"Una":        {"Una delegación"},
	"Varias":     {"Varias delegaciones"},
	"Algunas":    {"Algunas delegaciones"},
	"Algunos":    {"Algunos Estados"},
	"Muchas":     {"Muchas delegaciones"},
	"El":         {"El representante de", "El delegado de"},
	"Numerosas":  {"Numerosas delegaciones"},
	"Nombreuses": {"Nombreuses délégations"},
}

// reportOpener reports a line that opens as a report of who spoke.
func reportOpener(line []byte) bool {
	if len(line) < 8 || line[0] < 'A' || line[0] > 'Z' {
		return false
	}
	w := line[:min(len(line), 12)]
	if i := bytes.IndexByte(w, ' '); i > 0 {
		w = w[:i]
	}
	for _, o := range reportOpeners[string(w)] {
		if bytes.HasPrefix(line, []byte(o)) {
			return true
		}
	}
	return false
}
