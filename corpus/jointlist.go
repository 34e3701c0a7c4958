package corpus

import (
	"bytes"
	"regexp"
)

// A joint statement often names its signatories in a sentence of its own
// before its text: "Delivered by Norway on behalf of the following 42
// States: Albania, Andorra, … and the United Kingdom.", "This statement is
// made on behalf of the following countries: …", "Au nom des États
// suivants : …". The line ends with a full stop, so it is no heading by its
// shape, and it was read as a statement of the deliverer alone, who then
// held the joint text below it. Read as a joint statement's heading, each
// signatory holds the text (see headingHolders), and the deliverer goes on
// alone after "in my national capacity".

// jointListRe matches the words before the colon of a signatories' list:
// "on behalf of", "on behalf of the following 42 States", "on behalf of a
// cross-regional group of 60 countries", "au nom des pays suivants", "en
// nombre de los siguientes Estados".
var jointListRe = regexp.MustCompile(`(?i)(?:\bon behalf of|\bau nom d(?:es|u|e|e la|e l')|\ben nombre de(?: los| las)?)(?:\s+(?:the following|a|an|these|this|our|los siguientes|las siguientes))?(?:\s+[\p{L}-]+){0,3}?(?:\s+\d+)?(?:\s+(?:Member\s+)?(?:States|countries|delegations|members|signatories|Estados|pa[ií]ses|delegaciones|[ÉE]tats|pays|d[ée]l[ée]gations)(?:\s+(?:suivants|suivantes))?)?\s*$`)

// jointListHead bounds where the colon may stand: the list's lead-in is a
// clause, not a paragraph.
const jointListHead = 240

// jointList reports a paragraph that lists a joint statement's
// signatories after "on behalf of …:" (see jointListRe).
func jointList(p []byte) bool {
	head := p[:min(len(p), jointListHead)]
	colon := bytes.IndexByte(head, ':')
	if colon < 0 || !bytes.Contains(head[:colon], []byte("behalf")) && !bytes.Contains(head[:colon], []byte("nom")) &&
		!bytes.Contains(head[:colon], []byte("nombre")) {
		return false // nearly every paragraph: two byte searches
	}
	return jointListRe.Match(head[:colon])
}

// turnWordsRe matches the words that announce a turn rather than say
// anything: "I will now make some remarks in my national capacity", "Allow
// me to add a few words in my national capacity", "À titre national,
// je voudrais ajouter …". "In my national capacity, Norway will fund a
// programme on hospital resilience" says something, and is kept.
var turnWordsRe = regexp.MustCompile(`(?i)\b(?:remarks?|comments?|words|observations?|points?|statement|intervention|speak|speaks|spoke|speaking|add|addition|say|quelques mots|observations|ajouter|unas palabras|comentarios|observaciones|añadir|agregar)\b`)

// reportedCapacityRe is a report of what a delegation said in its national
// capacity, the phrase in apposition to its subject: "Ireland, speaking in
// its national capacity, supported …", "México, hablando en su capacidad
// nacional, subrayó …". It says something: no announcement.
var reportedCapacityRe = regexp.MustCompile(`(?i)^[^,]{2,80},\s*(?:(?:speaking|intervening|hablando|interviniendo|s['’]exprimant|intervenant)\s+)?(?:in (?:its|his|her|their) national capacity|en su (?:calidad|capacidad) nacional|a t[ií]tulo nacional|à titre national),\s+\S+\s+\S+`)

// announcesTurn reports a short paragraph that only announces a speaker's
// turn in its national capacity.
func announcesTurn(p string) bool {
	return turnWordsRe.MatchString(p) && !reportedCapacityRe.MatchString(p) && !alignsBeforeTurnRe.MatchString(p)
}

// alignsBeforeTurnRe matches a delegation aligning or associating itself
// with another's statement before it announces its national remarks:
// "España se alinea con la declaración de la Unión Europea y desea
// formular algunas observaciones a título nacional", "Mauritius aligns
// itself with the statement delivered by Nigeria … and wishes to add …",
// "Le Canada s'associe à la déclaration …". The alignment is the
// delegation's position: announced as a turn, the paragraph was no
// statement (esfr23's 832), where a longer one of the same shape was held
// by the delegation (830).
var alignsBeforeTurnRe = regexp.MustCompile(`(?i)\b(?:aligns? (?:itself|ourselves|myself|themselves) with|associates? (?:itself|ourselves|myself|themselves) with|subscribes? to|se (?:alinea|alinean|asocia|asocian|adhiere|suma) (?:con|a)|nos (?:alineamos|asociamos|adherimos|sumamos) (?:con|a)|s['’](?:associe|aligne|associent|alignent) (?:à|sur)|nous nous (?:associons|alignons) (?:à|sur)|me (?:alineo|asocio) con|je m['’]associe à)(?:\s|$)`)
