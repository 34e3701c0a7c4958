package corpus

import "unicode/utf8"

// diacriticMark reads a lower-case word's letters as evidence of Spanish
// or French where its function words give too little: "ñ", "á", "í", "ó", "ü",
// "ú" are Spanish ("apoyó", "señaló", "protección"), "è", "ê", "à", "â", "ç",
// "ù", "û", "ô", "î", "ï", "ë", "œ" French; "é" is both and marks neither.
// A capitalised word is a name ("Príncipe", "Bogotá") and marks nothing.
// Without it a one-line Spanish summary ("Paraguay apoyó la red de puntos
// de contacto de la OEA como medida de fomento de la confianza.") had one
// Spanish function word, "como", read as English, and took no theme of the
// Spanish lexicon (TestDiacriticsMarkLanguage). ASCII words, most words of
// an English corpus, cost one pass over their bytes.
func diacriticMark(orig string) uint8 {
	if orig == "" || orig[0] >= 'A' && orig[0] <= 'Z' {
		return 0
	}
	ascii := true
	for i := 0; i < len(orig); i++ {
		if orig[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return 0
	}
	first := true
	for _, r := range orig {
		if first {
			first = false
			if r >= 'A' && r <= 'Z' || r == 'É' || r == 'À' || r == 'Ç' || r == 'Á' || r == 'Ó' {
				return 0
			}
		}
		switch r {
		case 'ñ', 'á', 'í', 'ó', 'ú', 'ü':
			return markES
		case 'è', 'ê', 'à', 'â', 'ç', 'ù', 'û', 'ô', 'î', 'ï', 'ë', 'œ':
			return markFR
		}
	}
	return 0
}
