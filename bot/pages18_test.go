package bot

import "testing"

// pages18Bot is a Bot over testdata/pages18, page shapes that give one
// country's words to another (a think tank describing several countries,
// embassy reports on another country's parliament and government, agencies
// named by their initials, a parliament debate and a press conference
// naming other countries, a wire story with several datelines, bulleted
// national positions, a translated speech with interpreter's notes).
func pages18Bot(t testing.TB) *Bot { return dirBot(t, "../testdata/pages18") }

// TestPages18Questions runs testdata/pages18-questions.tsv: each country of
// pages18 asked as people type, answered with its own words only, with the
// "open: why" mark of TestAsked8Questions.
func TestPages18Questions(t *testing.T) {
	runOpenQuestions(t, pages18Bot(t), "testdata/pages18-questions.tsv")
}
