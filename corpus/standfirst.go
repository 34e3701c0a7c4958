package corpus

import (
	"bytes"
	"regexp"
)

// An interview opens with the journalist's standfirst: "Tonga's Minister
// for Foreign Affairs talks about the cable outage …", "El canciller
// paraguayo habla del ataque …", "Le ministre des Postes … revient sur
// l'attaque …". It says what the interview is about, in the present: no
// words of the interviewee's country, which held it (pages21's 9j5,
// pages22's 9k3 and 9k4). The country it names still answers the
// questions after it.

// standfirstRe matches a paragraph of one sentence whose verb, within its
// first 160 bytes, presents what its subject talks about.
var standfirstRe = regexp.MustCompile(`^[^.?!]{3,160}? (?:talks (?:to us )?about|speaks (?:to us )?about|reflects on|looks back (?:at|on)|discusses|habla (?:de|del|sobre)|conversa (?:de|del|sobre)|repasa|revient sur|parle (?:de|du|des)|évoque) [^.?!]{3,300}[.]?$`)

// standfirstOpens reports a standfirst (standfirstRe).
func standfirstOpens(p string) bool {
	return len(p) < 480 && !quoted(p) && standfirstRe.MatchString(p)
}

// standfirstCue reports the bytes without which a raw paragraph is no
// standfirst: looked for before the paragraph is decoded.
func standfirstCue(raw []byte) bool {
	for _, w := range [...]string{"talks ", "speaks ", "reflects ", "looks back ", "discusses ", "habla ", "conversa ", "repasa ", "revient ", "parle ", "évoque "} {
		if bytes.Contains(raw, []byte(w)) {
			return true
		}
	}
	return false
}
