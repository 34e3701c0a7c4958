package corpus

import "strings"

// The gazetteer gives Spanish and French demonyms in their base
// (masculine singular) form; these rules make the feminine and plural
// forms, which are regular enough for the demonyms of the data
// (TestInflect lists them). A form with commas lists all its forms itself
// ("grec,grecque,grecs,grecques").

func inflectAll(bases []string, inflect func(string) []string) []string {
	var out []string
	for _, b := range bases {
		if strings.Contains(b, ",") {
			out = append(out, splitCommaList(b)...)
			continue
		}
		out = append(out, inflect(b)...)
	}
	return out
}

func splitCommaList(s string) []string {
	var out []string
	for _, p := range strings.Split(s, ",") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// unaccentLast removes the accent of the last vowel ("alemán" → "aleman").
var unaccentLast = strings.NewReplacer("á", "a", "é", "e", "í", "i", "ó", "o", "ú", "u")

// inflectES inflects a Spanish demonym: peruano → peruana, peruanos,
// peruanas; francés → francesa, franceses, francesas; español →
// española, españoles, españolas; iraquí → iraquíes, iraquís;
// estadounidense → estadounidenses; croata → croatas.
func inflectES(b string) []string {
	runes := []rune(b)
	if len(runes) < 3 {
		return []string{b}
	}
	last := runes[len(runes)-1]
	stem := string(runes[:len(runes)-1])
	switch last {
	case 'o':
		return []string{b, stem + "a", stem + "os", stem + "as"}
	case 'a', 'e', 'i':
		return []string{b, b + "s"}
	case 'í', 'ú':
		return []string{b, b + "es", b + "s"}
	}
	// A consonant: drop the accent of the last syllable (alemán → alemana).
	plain := b
	if pl := []rune(b); len(pl) >= 2 {
		plain = string(pl[:len(pl)-2]) + unaccentLast.Replace(string(pl[len(pl)-2:]))
	}
	return []string{b, plain + "a", plain + "es", plain + "as"}
}

// inflectFR inflects a French demonym: péruvien → péruvienne, péruviens,
// péruviennes; coréen → coréenne; français → française, françaises;
// belge → belges; allemand → allemande, allemands, allemandes.
func inflectFR(b string) []string {
	switch {
	case strings.HasSuffix(b, "e"):
		return []string{b, b + "s"}
	case strings.HasSuffix(b, "en") || strings.HasSuffix(b, "on"):
		return []string{b, b + "ne", b + "s", b + "nes"}
	case strings.HasSuffix(b, "s") || strings.HasSuffix(b, "x"):
		return []string{b, b + "e", b + "es"}
	case strings.HasSuffix(b, "é"):
		return []string{b, b + "e", b + "s", b + "es"}
	}
	return []string{b, b + "e", b + "s", b + "es"}
}
