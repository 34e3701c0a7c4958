package corpus

// A webcast's transcript (UN Web TV, a meeting platform's export) opens
// each turn with the time it was spoken: "[00:01:52] Ms. Vrabie (Republic
// of Moldova): Thank you, Chair." The time is no one's words, and left in
// place it hid the speaker's label, so the Chair's turns ("[00:04:31] CHAIR:
// Thank you, Moldova. Lebanon, you have the floor.") went on the previous
// speaker's block (TestPages5Corpus). The line loop looks here only for a
// line opening with '['.

// trimTimestamp drops a time in square brackets that opens a line
// ("[00:01:52] ", "[1:02:33]", "[12:05]"), with the blanks after it.
func trimTimestamp(line []byte) []byte {
	i, parts := 1, 0
	for {
		n := 0
		for i < len(line) && line[i] >= '0' && line[i] <= '9' && n < 2 {
			i, n = i+1, n+1
		}
		if n == 0 {
			return line
		}
		parts++
		if i < len(line) && line[i] == ':' && parts < 3 {
			i++
			continue
		}
		break
	}
	if parts < 2 || i >= len(line) || line[i] != ']' {
		return line
	}
	i++
	for i < len(line) && (line[i] == ' ' || line[i] == '\t') {
		i++
	}
	return line[i:]
}
