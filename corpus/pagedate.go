package corpus

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
	"unsafe"
)

// A page without metadata (no sources.tsv row with a date, no front
// matter, no PDF information) usually states its date in its opening
// lines: a dateline ("GENEVA, 10 June 2026 — Several delegations …",
// "Tehran, 14 January 2026"), a byline ("Por Laura Méndez | Diario Digital
// | 20 de mayo de 2026"), a publication line ("Publié le 15 mars 2026 par
// …", "Posted by … on 12 March 2026 · 6 min read", "(updated 1 April
// 2026)"), a date alone ("Thursday, 9 April 2026") or a delivery line
// ending with the date ("at the session of the Ad Hoc Committee, Vienna,
// 9 February 2026"). Undated, such a page's statements failed every date
// question ("latest from Kenya", "qué dijo México en 2025"). pageDate
// reads that date, and only in those shapes: a date in a body sentence
// ("On 12 March 2026 the OEWG adopted …", "the 2025 report", "by 2030"),
// an event's dates in a long sentence, a list item or a reference after a
// footnote mark is not the page's date, and a wrong date is worse than
// none. sources.tsv's date still wins (mergeSource), and front matter's
// is read first.

const (
	pageDateLines = 8    // non-empty lines read at most
	pageDateBytes = 1500 // of the page's opening read at most
	pageDateShort = 200  // a longer line is body text: only a dateline may open it
)

// pageDateMeta returns meta with the date pageDate reads in text when meta
// has none; a new Source (no title, no publisher) when meta is nil and
// the text gives a date. It returns meta unchanged otherwise.
func pageDateMeta(meta *Source, text []byte) *Source {
	if meta != nil && !meta.Date.IsZero() {
		return meta
	}
	d := pageDate(text)
	if d.IsZero() {
		return meta
	}
	if meta == nil {
		meta = &Source{}
	}
	meta.Date = d
	return meta
}

// pageDate returns the publication date a page's opening lines state, or
// the zero Date.
func pageDate(text []byte) Date {
	head := text[:min(len(text), pageDateBytes)]
	if !hasYear(head) {
		return Date{} // (most pages without a date: one pass over 1.5 KB)
	}
	// A view of the bytes, not a copy: nothing read here outlives the call,
	// and the file's text is not written while it runs.
	rest, lines := unsafe.String(&head[0], len(head)), 0
	for rest != "" && lines < pageDateLines {
		var line string
		line, rest, _ = strings.Cut(rest, "\n")
		if len(line) > 320 {
			line = line[:320] // a dateline opens it, if anything
		}
		s := strings.TrimLeft(strings.TrimSpace(line), "#> \t")
		if s == "" {
			continue
		}
		lines++
		if listItem(s) {
			continue // a timeline's entry ("- 12 March 2026: Kenya submitted …")
		}
		if s = strings.Trim(s, "*_ \t"); s == "" {
			continue
		}
		if referenceLine(s) {
			break // notes and references: nothing after them dates the page
		}
		if d, ok := lineDate(s); ok {
			return d
		}
	}
	return Date{}
}

// hasYear reports four digits starting 19 or 20 in b.
func hasYear(b []byte) bool {
	for i := 0; i+3 < len(b); i++ {
		if (b[i] == '1' && b[i+1] == '9' || b[i] == '2' && b[i+1] == '0') && isDigit(b[i+2]) && isDigit(b[i+3]) {
			return true
		}
	}
	return false
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// referenceLine reports a line that opens notes or references (a heading
// "References", "Notas", "Notes de bas de page") or is a footnote ("1 See
// the report of …", "[2] …", "^3 …").
func referenceLine(s string) bool {
	if s[0] == '[' || s[0] == '^' {
		return true
	}
	if isDigit(s[0]) {
		i := 0
		for i < len(s) && i < 4 && isDigit(s[i]) {
			i++
		}
		if i <= 3 && i < len(s) && (s[i] == '.' || s[i] == ')' || s[i] == ' ') {
			if _, _, ok := parseDateAt(s); !ok {
				return true // not a date alone: a note or a numbered item
			}
		}
		return false
	}
	if len(s) > 40 {
		return false
	}
	var buf [48]byte
	return referenceHeads[string(foldKey(buf[:0], strings.TrimRight(s, " :")))]
}

var referenceHeads = toSet(`references notes footnotes endnotes sources bibliography referencias notas fuentes bibliografia
bibliographie`)

// lineDate reads one opening line's date, in the shapes pageDate takes.
func lineDate(s string) (Date, bool) {
	if len(s) <= pageDateShort {
		if d, ok := dateAlone(s); ok {
			return d, true
		}
		if d, ok := pubDate(s); ok {
			return d, true
		}
		if strings.HasSuffix(s, ")") {
			// "Tracker: positions … (updated 1 April 2026)"
			if i := strings.LastIndexByte(s, '('); i >= 0 {
				if d, ok := pubDate(s[i+1 : len(s)-1]); ok {
					return d, true
				}
			}
		}
		if d, ok := endDate(s); ok {
			return d, true
		}
		if d, ok := bylineDate(s); ok {
			return d, true
		}
	}
	return datelineDate(s)
}

// listItem reports a line that is an item of a list ("- 12 March 2026:
// Kenya submitted …"): a timeline's entry, not the page's date.
func listItem(s string) bool {
	return len(s) > 1 && (s[0] == '-' || s[0] == '*' || s[0] == '+') && s[1] == ' ' ||
		strings.HasPrefix(s, "•") || strings.HasPrefix(s, "–") || strings.HasPrefix(s, "—")
}

// dateAlone reads a line that is a date: "12 March 2026", "Thursday, 9
// April 2026", "le 1er avril 2026", "Wednesday, 11 March 2026, 10 a.m."
// (a meeting's record).
func dateAlone(s string) (Date, bool) {
	s = skipWeekday(s)
	s = skipArticle(s)
	d, rest, ok := parseDateAt(s)
	if !ok {
		return Date{}, false
	}
	rest = strings.TrimSpace(rest)
	if rest == "" || rest == "." || timeTail(rest) {
		return d, true
	}
	return Date{}, false
}

// timeTail reports the time after a meeting's date: ", 10 a.m.", ", 3
// p.m.", " – 15:00", " à 10 h".
func timeTail(s string) bool {
	s = strings.TrimLeft(s, " ,")
	for _, p := range []string{"–", "—", "-", "à ", "a las ", "at "} {
		if strings.HasPrefix(s, p) {
			s = strings.TrimLeft(s[len(p):], " ")
			break
		}
	}
	if s == "" || len(s) > 12 || !isDigit(s[0]) {
		return false
	}
	return strings.Contains(s, "a.m") || strings.Contains(s, "p.m") || strings.Contains(s, ":") ||
		strings.Contains(s, "h") || strings.HasSuffix(s, "am") || strings.HasSuffix(s, "pm")
}

// pubKind says what may come between a publication phrase and its date.
type pubKind uint8

const (
	pubDirect pubKind = iota // the date follows: "Updated 12 March 2026"
	pubColon                 // the date follows a colon: "Date: 12 March 2026"
	pubNamed                 // a name or place may come first: "Posted by … on 12 March 2026"
)

// pubPhrases are the words opening a publication line, folded and lower
// case, each with what may come between it and the date ("Delivered in
// Manchester on 8 May 2025").
var pubPhrases = map[string]pubKind{
	"posted": pubNamed, "published": pubNamed, "delivered": pubNamed, "issued": pubNamed, "released": pubNamed,
	"updated": pubDirect, "last updated": pubDirect, "dated": pubDirect, "date": pubColon, "publication date": pubDirect,
	"date of publication": pubDirect, "last modified": pubDirect, "modified": pubDirect,
	"publicado": pubNamed, "publicada": pubNamed, "pronunciado": pubNamed, "pronunciada": pubNamed, "fecha": pubColon,
	"fecha de publicacion": pubDirect, "actualizado": pubDirect, "actualizada": pubDirect, "ultima actualizacion": pubDirect,
	"publie": pubNamed, "publiee": pubNamed, "prononce": pubNamed, "prononcee": pubNamed, "mis a jour": pubDirect,
	"mise a jour": pubDirect, "derniere mise a jour": pubDirect, "date de publication": pubDirect, "date de mise a jour": pubDirect,
}

// pubDate reads a publication line: "Published 30 January 2025", "Publié
// le 15 mars 2026 par …", "Fecha: 12 de marzo de 2026", "Posted by … on
// 12 March 2026 · 6 min read", "Last updated March 2026. …", "Published:
// 2025".
func pubDate(s string) (Date, bool) {
	kind, rest, ok := pubPhrase(s)
	if !ok {
		return Date{}, false
	}
	colon := strings.HasPrefix(strings.TrimLeft(rest, " "), ":")
	if kind == pubColon && !colon {
		return Date{}, false
	}
	rest = strings.TrimLeft(rest, " :*_")
	at := skipArticle(skipOn(rest))
	if d, tail, ok := parseDateAt(skipWeekday(at)); ok && pubTail(tail) {
		return d, true
	}
	if y, tail, ok := yearAt(skipIn(rest)); ok {
		if t := strings.TrimSpace(tail); t == "" || t == "." {
			return Date{Year: y}, true // "Published: 2025"
		}
	}
	if kind != pubNamed {
		return Date{}, false
	}
	// "Posted by Thandiwe Moyo on 12 March 2026": up to 8 words, then on,
	// le, el or a comma before the date.
	for range 8 {
		i := strings.IndexByte(rest, ' ')
		if i < 0 {
			break
		}
		word := rest[:i]
		rest = rest[i+1:]
		if strings.ContainsAny(word, "|·•—") {
			break
		}
		lw := strings.TrimRight(word, ",")
		if strings.EqualFold(lw, "on") || strings.EqualFold(lw, "le") || strings.EqualFold(lw, "el") || strings.HasSuffix(word, ",") {
			if d, tail, ok := parseDateAt(skipWeekday(rest)); ok && pubTail(tail) {
				return d, true
			}
		}
	}
	return Date{}, false
}

// pubPhrase matches a publication phrase at the start of s: its kind and
// the text after it.
func pubPhrase(s string) (pubKind, string, bool) {
	if len(s) < 4 || !strings.ContainsRune("pPdDuUlLiIrRfFaAmM", rune(s[0])) {
		return 0, "", false // (most lines: one byte)
	}
	var buf [64]byte
	key := buf[:0]
	var ends [4]int // the key's length and s's offset after each word
	var keyEnds [4]int
	n, i := 0, 0
	for n < 4 && i < len(s) {
		w, _ := letterRun(s[i:])
		if w == "" || len(key)+len(w)+1 > len(buf) {
			break
		}
		if n > 0 {
			key = append(key, ' ')
		}
		key = foldKey(key, w)
		j := i + len(w)
		ends[n], keyEnds[n] = j, len(key)
		n++
		if j >= len(s) || s[j] != ' ' {
			break
		}
		i = j + 1
	}
	for k := n; k >= 1; k-- {
		if kind, ok := pubPhrases[string(key[:keyEnds[k-1]])]; ok {
			return kind, s[ends[k-1]:], true
		}
	}
	return 0, "", false
}

// foldKey appends w to dst in lower case without accents ("Publié" gives
// "publie"), as Fold does, without allocating.
func foldKey(dst []byte, w string) []byte {
	for _, r := range w {
		r = unicode.ToLower(r)
		if r < utf8.RuneSelf {
			dst = append(dst, byte(r))
			continue
		}
		if f, ok := foldTable[r]; ok {
			dst = append(dst, f...)
			continue
		}
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		dst = utf8.AppendRune(dst, r)
	}
	return dst
}

// pubTail reports what may follow a publication line's date: nothing, a
// full stop, a separator, the author ("by …", "par …", "por …").
func pubTail(tail string) bool {
	t := strings.TrimLeft(tail, " ")
	if t == "" {
		return true
	}
	switch t[0] {
	case '.', ')', ',', '|', '-', ';':
		return true
	}
	for _, p := range []string{"·", "•", "—", "–", "by ", "By ", "par ", "por ", "at ", "à "} {
		if strings.HasPrefix(t, p) {
			return true
		}
	}
	return false
}

// endDate reads a line ending with ", DATE": "Tehran, 14 January 2026",
// "at the session of the Ad Hoc Committee, Vienna, 9 February 2026",
// "Asia Digital Policy Review, 12 November 2025", "Libreville, 22–23
// April 2026" (the month), "Sesión núm. 14, celebrada el miércoles 11 de
// febrero de 2026". After a colon only a meeting's line is read ("Volume
// 772: debated on Wednesday 25 March 2026"), not a label's date
// ("Deadline: …"). A sentence, which ends with its full stop, is not read.
func endDate(s string) (Date, bool) {
	for i := 0; i < len(s); i++ {
		if s[i] != ',' && s[i] != ':' || i+1 >= len(s) || s[i+1] != ' ' {
			continue
		}
		at := s[i+2:]
		if d, ok := pubEnd(at); ok && s[i] == ',' {
			return d, true // "Cyber Policy Portal: country profiles, updated 2024"
		}
		held := skipMeeting(at)
		if s[i] == ':' && len(held) == len(at) {
			continue // "Deadline for submissions: 12 March 2026" is no page's date
		}
		d, rest, ok := parseDateAt(skipWeekday(skipArticle(held)))
		if ok {
			if rest = strings.TrimSpace(rest); rest == "" || timeTail(rest) {
				return d, true
			}
		}
	}
	return Date{}, false
}

// pubEnd reads a publication phrase and its date ending a line: "updated
// 2024", "publié le 3 mars 2026".
func pubEnd(s string) (Date, bool) {
	_, rest, ok := pubPhrase(s)
	if !ok {
		return Date{}, false
	}
	rest = strings.TrimLeft(rest, " :")
	if d, tail, ok := parseDateAt(skipArticle(skipOn(rest))); ok && strings.TrimSpace(tail) == "" {
		return d, true
	}
	if y, tail, ok := yearAt(skipIn(rest)); ok && strings.TrimSpace(tail) == "" {
		return Date{Year: y}, true
	}
	return Date{}, false
}

// skipMeeting skips the word saying a meeting was held before its date, and
// "on", "le" or "el" after it: "celebrada el", "held on", "tenue le",
// "debated on".
func skipMeeting(s string) string {
	w, rest := letterRun(s)
	var buf [24]byte
	if !meetingWords[string(foldKey(buf[:0], w))] || !strings.HasPrefix(rest, " ") {
		return s
	}
	rest = rest[1:]
	for _, a := range []string{"on ", "le ", "el "} {
		if strings.HasPrefix(rest, a) {
			return rest[len(a):]
		}
	}
	return rest
}

var meetingWords = toSet(`held celebrada celebrado celebradas celebrados tenue tenu tenues debated`)

// bylineDate reads a byline of parts between separators, one of them a
// date: "Por Laura Méndez | Diario Digital | 20 de mayo de 2026", "Par
// notre correspondante — publié le 3 septembre 2025". The date ends the
// line, or the line opens with a byline's or publication's word.
func bylineDate(s string) (Date, bool) {
	if !strings.ContainsAny(s, "|·•—") && !strings.Contains(s, " - ") && !strings.Contains(s, " – ") {
		return Date{}, false // (most lines: no separator, no list of parts)
	}
	var buf [8]string
	parts := splitByline(buf[:0], s)
	if len(parts) < 2 {
		return Date{}, false
	}
	_, _, pub := pubPhrase(parts[0])
	cue := pub
	for _, w := range []string{"by ", "por ", "par "} {
		cue = cue || len(parts[0]) > len(w) && strings.EqualFold(parts[0][:len(w)], w)
	}
	for k, p := range parts {
		if k == 0 {
			continue
		}
		d, ok := dateAlone(p)
		if !ok {
			d, ok = pubDate(p)
		}
		if ok && (cue || k == len(parts)-1) {
			return d, true
		}
	}
	return Date{}, false
}

// splitByline appends to parts the parts of s between "|", "·", "•", "—",
// and "–" and "-" between spaces (not in "22–23 April").
func splitByline(parts []string, s string) []string {
	start := 0
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		cut := r == '|' || r == '·' || r == '•' || r == '—'
		if (r == '–' || r == '-') && i > 0 && s[i-1] == ' ' && i+size < len(s) && s[i+size] == ' ' {
			cut = true
		}
		if cut {
			if p := strings.TrimSpace(s[start:i]); p != "" {
				parts = append(parts, p)
			}
			start = i + size
		}
		i += size
	}
	if p := strings.TrimSpace(s[start:]); p != "" {
		parts = append(parts, p)
	}
	return parts
}

// datelineDate reads a dateline opening a paragraph: a place, a comma, the
// date, then a dash or an agency ("GENEVA, 10 June 2026 — Several …",
// "KINSHASA, 8 avril 2026 (AFP) - La République …", "ZAGREB, 2 April 2026
// (wire)").
func datelineDate(s string) (Date, bool) {
	for i := 0; i < 90; {
		j := strings.Index(s[i:], ", ")
		if j < 0 {
			break
		}
		i += j + 2
		if !placeLike(s[:i-2]) {
			break
		}
		d, rest, ok := parseDateAt(skipWeekday(skipArticle(s[i:])))
		if !ok {
			continue // "Washington, D.C., 22 de octubre de 2025"
		}
		if len(rest) > 2 && rest[0] == '.' && rest[1] == ' ' {
			// "Colombo, 4 June 2026. Sri Lanka was among …"
			r, _ := utf8.DecodeRuneInString(rest[2:])
			return d, unicode.IsUpper(r)
		}
		rest = strings.TrimLeft(rest, " ")
		if strings.HasPrefix(rest, "(") {
			k := strings.IndexByte(rest, ')')
			if k < 0 || k > 40 {
				return Date{}, false
			}
			rest = strings.TrimLeft(rest[k+1:], " ")
			if rest == "" {
				return d, true
			}
		}
		for _, dash := range []string{"—", "–", "-", "―"} {
			if strings.HasPrefix(rest, dash) {
				return d, true
			}
		}
		return Date{}, false
	}
	return Date{}, false
}

// placeLike reports a dateline's place: one to six words, each capitalised
// or a connective ("Ciudad de Panamá", "Port of Spain", "DAR ES SALAAM",
// "Washington, D.C."), no digit, and not a sentence's opening ("In
// Geneva").
func placeLike(p string) bool {
	var buf [24]byte
	k := 0
	for w := range strings.FieldsFuncSeq(p, func(r rune) bool { return r == ' ' || r == ',' }) {
		if k == 6 || strings.ContainsAny(w, "0123456789") {
			return false
		}
		r, _ := utf8.DecodeRuneInString(w)
		switch {
		case k == 0 && (!unicode.IsUpper(r) || len(w) < 8 && notPlaceOpeners[string(foldKey(buf[:0], w))]):
			return false
		case unicode.IsUpper(r), placeConnectives[w], strings.HasPrefix(w, "d'"), strings.HasPrefix(w, "d’"):
		default:
			return false
		}
		k++
	}
	return k > 0
}

var (
	placeConnectives = toSet(`de del la las los el of the es du des le da do di al sur upon en y et`)
	notPlaceOpeners  = toSet(`in on at en au a between from during since after before entre desde depuis`)
)

// skipWeekday skips a weekday and its comma: "Thursday, ", "jueves ",
// "mercredi ".
func skipWeekday(s string) string {
	w, rest := letterRun(s)
	var buf [24]byte
	if w == "" || len(w) > 20 || !weekdays[string(foldKey(buf[:0], w))] {
		return s
	}
	rest = strings.TrimPrefix(rest, ".")
	rest = strings.TrimPrefix(rest, ",")
	return strings.TrimLeft(rest, " ")
}

var weekdays = toSet(`monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun
lunes martes miercoles jueves viernes sabado domingo lundi mardi mercredi jeudi vendredi samedi dimanche`)

// skipArticle skips "le " or "el " (or "the ") before a date.
func skipArticle(s string) string {
	for _, a := range []string{"le ", "Le ", "el ", "El ", "the ", "The "} {
		if strings.HasPrefix(s, a) {
			return s[len(a):]
		}
	}
	return s
}

// skipOn skips "on " before a date ("Published on 12 March 2026").
func skipOn(s string) string {
	if strings.HasPrefix(s, "on ") || strings.HasPrefix(s, "On ") {
		return s[3:]
	}
	return s
}

// skipIn skips "in " or "en " before a year ("Publicado en 2025").
func skipIn(s string) string {
	if strings.HasPrefix(s, "in ") || strings.HasPrefix(s, "en ") {
		return s[3:]
	}
	return s
}

// letterRun returns the letters opening s and the rest.
func letterRun(s string) (string, string) {
	i := 0
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsLetter(r) {
			break
		}
		i += size
	}
	return s[:i], s[i:]
}

// months maps month names and abbreviations, English, Spanish and French,
// folded and lower case, to their numbers.
var months = func() map[string]int {
	m := map[string]int{}
	for n, names := range []string{
		"january jan enero ene janvier janv",
		"february feb febrero fevrier fevr fev",
		"march mar marzo mars",
		"april apr abril abr avril avr",
		"may mayo mai",
		"june jun junio juin",
		"july jul julio juillet juil",
		"august aug agosto aout",
		"september sep sept septiembre setiembre septembre",
		"october oct octubre octobre",
		"november nov noviembre novembre",
		"december dec diciembre dic decembre",
	} {
		for _, w := range strings.Fields(names) {
			m[w] = n + 1
		}
	}
	return m
}()

// monthAt reads a month's name at the start of s (an abbreviation may
// have its full stop): the month and the rest.
func monthAt(s string) (int, string, bool) {
	w, rest := letterRun(s)
	if len(w) < 3 || len(w) > 12 {
		return 0, s, false
	}
	var buf [32]byte
	m := months[string(foldKey(buf[:0], w))]
	if m == 0 {
		return 0, s, false
	}
	rest = strings.TrimPrefix(rest, ".")
	return m, rest, true
}

// numberAt reads one to four digits at the start of s.
func numberAt(s string) (int, int) {
	n, i := 0, 0
	for i < len(s) && i < 5 && isDigit(s[i]) {
		n = n*10 + int(s[i]-'0')
		i++
	}
	return n, i
}

// yearAt reads a year (1945-2099) at the start of s: four digits not
// followed by another digit, a letter, or a dash and a digit ("2024-2028"
// is a span).
func yearAt(s string) (int, string, bool) {
	y, n := numberAt(s)
	if n != 4 || y < 1945 || y > 2099 {
		return 0, s, false
	}
	rest := s[4:]
	if rest != "" {
		r, size := utf8.DecodeRuneInString(rest)
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return 0, s, false
		}
		if (r == '-' || r == '–' || r == '—' || r == '/') && len(rest) > size && isDigit(rest[size]) {
			return 0, s, false
		}
	}
	return y, rest, true
}

// parseDateAt reads a date at the start of s: "12 March 2026", "12 Mar.
// 2026", "12th March 2026", "March 12, 2026", "12 de marzo de 2026",
// "12 de marzo del 2026", "1er avril 2026", "2026-03-12", "25/03/2026"
// (day and month told apart: "12/03/2026" is not read), at the day;
// "March 2026", "marzo de 2026", "mars 2026" and a span ("22–23 April
// 2026", "3 et 4 juin 2025") at the month. An impossible date is none.
func parseDateAt(s string) (Date, string, bool) {
	if s == "" {
		return Date{}, s, false
	}
	if isDigit(s[0]) {
		return numericDateAt(s)
	}
	m, rest, ok := monthAt(s)
	if !ok {
		return Date{}, s, false
	}
	rest = strings.TrimLeft(rest, " ")
	if day, n := numberAt(rest); n >= 1 && n <= 2 {
		// March 12, 2026
		rest = skipOrdinal(rest[n:])
		rest = strings.TrimPrefix(rest, ",")
		rest = strings.TrimLeft(rest, " ")
		y, after, ok := yearAt(rest)
		if !ok {
			return Date{}, s, false
		}
		return validDate(y, m, day, after)
	}
	rest = skipDe(rest)
	y, after, ok := yearAt(rest)
	if !ok {
		return Date{}, s, false
	}
	return Date{Year: y, Month: m}, after, true
}

// numericDateAt is parseDateAt for a date opening with digits.
func numericDateAt(s string) (Date, string, bool) {
	a, n := numberAt(s)
	switch {
	case n == 4 && len(s) >= 10 && (s[4] == '-' || s[4] == '/' || s[4] == '.') && s[7] == s[4]:
		// 2026-03-12
		m, n1 := numberAt(s[5:])
		d, n2 := numberAt(s[8:])
		if n1 != 2 || n2 != 2 {
			return Date{}, s, false
		}
		if rest := s[10:]; rest != "" && (isDigit(rest[0]) || rest[0] == 'T') {
			return Date{}, s, false
		}
		return validDate(a, m, d, s[10:])
	case n < 1 || n > 2:
		return Date{}, s, false
	}
	rest := s[n:]
	if b, y, after, ok := numericDMY(rest); ok {
		// 25/03/2026: day and month only when they cannot be swapped.
		switch {
		case a == b || b > 12 && a <= 12:
			return validDate(y, a, b, after) // month first, or both the same
		case a > 12 && b <= 12:
			return validDate(y, b, a, after)
		}
		return Date{}, s, false // 12/03/2026: 12 March or December 3
	}
	day := a
	rest = skipOrdinal(rest)
	span := false
	// A span: "22–23 April 2026", "3 et 4 juin 2025", "3 y 4 de junio".
	if r, size := utf8.DecodeRuneInString(rest); r == '–' || r == '-' || r == '—' {
		if b, n2 := numberAt(rest[size:]); n2 >= 1 && n2 <= 2 && b > day {
			rest, span = skipOrdinal(rest[size+n2:]), true
		}
	} else {
		for _, c := range []string{" et ", " y ", " and ", " & "} {
			if strings.HasPrefix(rest, c) {
				if b, n2 := numberAt(rest[len(c):]); n2 >= 1 && n2 <= 2 && b > day {
					rest, span = skipOrdinal(rest[len(c)+n2:]), true
				}
				break
			}
		}
	}
	if !strings.HasPrefix(rest, " ") {
		return Date{}, s, false
	}
	rest = strings.TrimLeft(rest, " ")
	rest = skipDe(rest)
	if strings.HasPrefix(rest, "of ") {
		rest = rest[3:]
	}
	m, rest, ok := monthAt(rest)
	if !ok {
		return Date{}, s, false
	}
	rest = strings.TrimPrefix(rest, ",")
	if !strings.HasPrefix(rest, " ") {
		return Date{}, s, false
	}
	rest = skipDe(strings.TrimLeft(rest, " "))
	y, after, ok := yearAt(rest)
	if !ok {
		return Date{}, s, false
	}
	if span {
		if _, _, ok := validDate(y, m, day, after); !ok {
			return Date{}, s, false
		}
		return Date{Year: y, Month: m}, after, true
	}
	return validDate(y, m, day, after)
}

// numericDMY reads the rest of a numeric date after its first number:
// "/03/2026", ".03.2026", "-03-2026" (the same separator twice); the
// second number, the year and the rest.
func numericDMY(rest string) (int, int, string, bool) {
	if len(rest) < 2 || rest[0] != '/' && rest[0] != '.' && rest[0] != '-' || !isDigit(rest[1]) {
		return 0, 0, rest, false
	}
	sep := rest[0]
	b, n2 := numberAt(rest[1:])
	if n2 < 1 || n2 > 2 || len(rest) < 2+n2 || rest[1+n2] != sep {
		return 0, 0, rest, false
	}
	y, after, ok := yearAt(rest[2+n2:])
	return b, y, after, ok
}

// skipOrdinal skips a day's ordinal suffix: "1st", "2nd", "12th", "1er",
// "1.º".
func skipOrdinal(s string) string {
	for _, suf := range []string{"st", "nd", "rd", "th", "er", "ᵉʳ", "º", "°", ".º"} {
		if strings.HasPrefix(s, suf) {
			rest := s[len(suf):]
			if r, _ := utf8.DecodeRuneInString(rest); !unicode.IsLetter(r) {
				return rest
			}
		}
	}
	return s
}

// skipDe skips Spanish "de " or "del " ("12 de marzo del 2026").
func skipDe(s string) string {
	for _, p := range []string{"de ", "del "} {
		if len(s) > len(p) && strings.EqualFold(s[:len(p)], p) {
			return strings.TrimLeft(s[len(p):], " ")
		}
	}
	return s
}

// validDate returns the day's date when it exists (not 31 April, not 29
// February 2026).
func validDate(y, m, d int, rest string) (Date, string, bool) {
	if m < 1 || m > 12 || d < 1 || d > 31 {
		return Date{}, rest, false
	}
	if t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC); t.Day() != d {
		return Date{}, rest, false
	}
	return Date{Year: y, Month: m, Day: d}, rest, true
}
