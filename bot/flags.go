package bot

import (
	"regexp"
	"strings"

	"github.com/stancebot/stancebot/corpus"
)

// People name a country by its flag: Slack sends :flag-pe: (and :flag-eu:),
// Matrix and phones send the two regional-indicator letters 🇵🇪. Both carry
// the ISO 3166-1 alpha-2 code the gazetteer holds, so a flag becomes the
// country's short name before chat noise (other :emoji_codes:) is dropped.
// Hand-written because no kept library maps Slack's flag codes; the regional
// indicators are plain arithmetic on code points (TestFlagNames backs both).
var slackFlagRe = regexp.MustCompile(`:flag-([a-zA-Z]{2}):`)

// regionalA is U+1F1E6 REGIONAL INDICATOR SYMBOL LETTER A.
const regionalA = 0x1F1E6

// flagNames replaces country flags in text with the countries' short names;
// a flag whose code the gazetteer does not hold is left for cleanChat.
func flagNames(c *corpus.Corpus, text string) string {
	if c == nil || c.Gazetteer == nil {
		return text
	}
	byISO := func(code string) (string, bool) {
		code = strings.ToUpper(code)
		for _, cc := range c.Gazetteer.Countries {
			if cc.ISO == code {
				return cc.Short, true
			}
		}
		return "", false
	}
	text = certCodeNames(text, byISO)
	hasSlack := strings.Contains(text, ":flag-")
	hasUnicode := strings.ContainsRune(text, 0xFE0F) || strings.IndexFunc(text, isRegional) >= 0
	if !hasSlack && !hasUnicode {
		return text
	}
	if hasSlack {
		text = slackFlagRe.ReplaceAllStringFunc(text, func(m string) string {
			if name, ok := byISO(slackFlagRe.FindStringSubmatch(m)[1]); ok {
				return " " + name + " "
			}
			return m
		})
	}
	if strings.IndexFunc(text, isRegional) < 0 {
		return text
	}
	rs := []rune(text)
	var b strings.Builder
	for i := 0; i < len(rs); i++ {
		if i+1 < len(rs) && isRegional(rs[i]) && isRegional(rs[i+1]) {
			code := string([]rune{'A' + rs[i] - regionalA, 'A' + rs[i+1] - regionalA})
			if name, ok := byISO(code); ok {
				b.WriteString(" " + name + " ")
				i++
				continue
			}
		}
		b.WriteRune(rs[i])
	}
	return b.String()
}

func isRegional(r rune) bool { return r >= regionalA && r <= regionalA+25 }

// certCodeRe matches a national CERT's or CSIRT's name written with its
// country's ISO code: "CERT-SE", "cert-pl", "CERT-In", "CSIRT-MU".
var certCodeRe = regexp.MustCompile(`(?i)\b(cert|csirt)-([a-z]{2})\b`)

// certCodeNames puts the country's short name before a national team named
// by its country's code ("cert-se on incidents this year" asks Sweden's
// CERT-SE: asked25), keeping the team's word for the topic; a code the
// gazetteer does not hold ("CERT-UK", not GB) is left as typed.
func certCodeNames(text string, byISO func(string) (string, bool)) string {
	if !strings.Contains(text, "-") || !strings.Contains(strings.ToLower(text), "cert-") && !strings.Contains(strings.ToLower(text), "csirt-") {
		return text
	}
	return certCodeRe.ReplaceAllStringFunc(text, func(m string) string {
		sm := certCodeRe.FindStringSubmatch(m)
		if name, ok := byISO(sm[2]); ok {
			return name + " " + sm[1]
		}
		return m
	})
}
