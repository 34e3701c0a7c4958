package corpus

// AcronymSpans appends to out the first index and the length of each form
// of data/acronyms.txt of two words or more found in stems (a question's
// content stems), left to right, the longest form at each position. The
// bot reads such a form as one thing: a theme word inside it ("industrial"
// in "industrial control systems", which alone reads as industry) names
// no theme. A question holding no form allocates nothing.
func AcronymSpans(stems []string, out [][2]int) [][2]int {
	for _, m := range matchPhrases(defaultAcronyms().byFirst, stems) {
		if m.Len > 1 {
			out = append(out, [2]int{m.First, m.Len})
		}
	}
	return out
}
