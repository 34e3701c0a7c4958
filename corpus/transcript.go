package corpus

// A webcast's transcript (UN Web TV, a meeting platform's export) opens
// each turn with the time it was spoken: "[00:01:52] Ms. Vrabie (Republic
// of Moldova): Thank you, Chair." The time is no one's words, and left in
// place it hid the speaker's label, so the Chair's turns ("[00:04:31] CHAIR:
// Thank you, Moldova. Lebanon, you have the floor.") went on the previous
// speaker's block (TestPages5Corpus). The line loop looks here only for a
// line opening with '[', '(' or a digit.

// trimTimestamp drops a time that opens a line, in square brackets,
// in brackets or bare ("[00:01:52] ", "(00:05:02)", "00:02:30 ",
// "[1:02:33]", "[12:05]"), with the blanks after it. A bare time must be
// followed by a blank and hold minutes and seconds of two digits.
func trimTimestamp(line []byte) []byte {
	if len(line) < 5 {
		return line
	}
	closer := byte(0)
	i := 0
	switch line[0] {
	case '[':
		closer, i = ']', 1
	case '(':
		closer, i = ')', 1
	}
	parts, last := 0, 0
	for {
		n := 0
		for i < len(line) && line[i] >= '0' && line[i] <= '9' && n < 2 {
			i, n = i+1, n+1
		}
		if n == 0 {
			return line
		}
		parts, last = parts+1, n
		if i < len(line) && line[i] == ':' && parts < 3 {
			i++
			continue
		}
		break
	}
	if parts < 2 || last != 2 {
		return line
	}
	if closer != 0 {
		if i >= len(line) || line[i] != closer {
			return line
		}
		i++
	} else if i >= len(line) || line[i] != ' ' && line[i] != '\t' {
		return line
	}
	for i < len(line) && (line[i] == ' ' || line[i] == '\t') {
		i++
	}
	return line[i:]
}
