package bot

import (
	"time"

	"github.com/stancebot/stancebot/changes"
	"github.com/stancebot/stancebot/corpus"
)

// Question is one message addressed to the bot, already stripped of any
// platform mention or command prefix by the adapter that received it.
type Question struct {
	Text     string    // the question in plain words
	Platform string    // "console", "slack", "matrix", "cli"
	Room     string    // channel or room ID; empty on the CLI
	Thread   string    // thread the question was asked in, if any
	User     string    // platform user ID of the asker
	Time     time.Time // when the question was asked (zero: now)
	// Lang is the language pinned for the room or channel ("en", "es",
	// "fr"; empty: none). It decides only when the question's own words
	// leave its language open; see lang.Resolve.
	Lang string
	// ReplyLang, when set, is the language to answer in whatever the
	// text's language: a follow-up of a Spanish or French conversation is
	// rewritten as an English question (see FollowUps) but answered in the
	// conversation's language.
	ReplyLang string
	// Offset skips that many answers of each question: set by the "more"
	// follow-up (see FollowUps), zero otherwise.
	Offset int
}

// Intent names what a question asks for. The values are part of the
// stable JSON contract of `stancebot ask --json`.
const (
	IntentStance  = "stance"  // one country on a topic
	IntentCountry = "country" // overview of one country
	IntentTheme   = "theme"   // a theme across countries
	IntentCompare = "compare" // two or more countries side by side
	IntentList    = "list"    // list countries or themes
	IntentHelp    = "help"    // usage
	IntentNone    = "none"    // nothing recognisable
	IntentDigest  = "digest"  // a digest of positions by theme
	IntentAdmin   = "admin"   // subscribe / unsubscribe / subscriptions
	IntentChanges = "changes" // what changed in the corpus since a previous version
)

// Reply is the platform-neutral answer to a Question. Adapters render it;
// `stancebot ask --json` prints it. Fields may be added, never renamed or
// removed.
type Reply struct {
	Query     string   `json:"query"`
	Intent    string   `json:"intent"`
	Countries []string `json:"countries"`
	Themes    []string `json:"themes"`
	Answers   []Answer `json:"answers"`
	Related   []Answer `json:"related"`
	Message   string   `json:"message"`
	// Lang is the language the question was read in and the bot's own
	// words are written in: "en", "es" or "fr". Statements are always
	// quoted in their original English.
	Lang string `json:"lang"`
	// RecordID names the reply record FollowUps kept of this answer (see
	// conversation.Record.ID): buttons under it carry it so that they act
	// on this answer even after the conversation moved on. Empty when no
	// record was kept (a one-off question, an intent not followed up).
	RecordID string `json:"record_id,omitempty"`
	// Explain says why the answers came (stems, matched countries, scores).
	Explain *Explain `json:"explain,omitempty"`
	// Digest is set when the intent is IntentDigest.
	Digest *Digest `json:"digest,omitempty"`
	// Changes is set when the intent is IntentChanges; Message holds its
	// short summary.
	Changes *changes.Report `json:"changes,omitempty"`
	// Corrections lists misspelt words of the question and what they
	// were read as ("soveregnty" → "sovereignty").
	Corrections []Correction `json:"corrections,omitempty"`
	// Parts holds one reply per question when a message asked several;
	// Answers then holds all their answers, in order.
	Parts []Reply `json:"parts,omitempty"`
	// PartsNote, beside Parts, says what the parts leave out (a message
	// of more questions than are answered); Message ends with it too.
	PartsNote string `json:"parts_note,omitempty"`
	// About lists countries the question asked about rather than whose
	// position it asked for: the answers are statements that mention them.
	About []string `json:"about,omitempty"`
	// Unknown lists names in the question that look like countries but
	// are not in the gazetteer.
	Unknown []string `json:"unknown,omitempty"`
	// Regions lists the regions and groupings the question named and the
	// corpus countries that answered for them.
	Regions []RegionNote `json:"regions,omitempty"`
}

// Answer is one statement of the corpus with its holder and provenance.
type Answer struct {
	Country string   `json:"country"`
	Text    string   `json:"text"`
	Sources []string `json:"sources"`
	Score   float64  `json:"score"`
	Themes  []string `json:"themes"`
	// Key is the statement's stable identity (corpus Statement.Key).
	Key string `json:"key,omitempty"`
	// CountryName is the holder's name in the reply's language ("Perú",
	// "Inde") for display, set only when the reply is not in English;
	// Country stays the English short name.
	CountryName string `json:"country_name,omitempty"`
	// Lang is the language the statement is written in when it is not
	// English ("es", "fr"): pages in Spanish and French are quoted as
	// written, and adapters label them (Labels.Original).
	Lang string `json:"lang,omitempty"`
	// Match says how a statement was found: "topic" (tagged with the
	// asked theme) or "closest" (by the question's own words, when no
	// theme matched them). Empty for listings (a country overview).
	Match string `json:"match,omitempty"`
	// Attribution says how the statement's holder was decided (method,
	// evidence, confidence).
	Attribution corpus.Attribution `json:"attribution"`
	// Note is a one-line warning on a low-confidence attribution; empty
	// otherwise.
	Note string `json:"note,omitempty"`
	// Citations describes every source in Sources, newest first, undated
	// last. Renderers show the first ShownCitations and "N more".
	Citations []Citation `json:"citations"`
	// Date is the earliest date among the sources ("" when none is dated).
	Date string `json:"date,omitempty"`
}

// Citation is what a reader needs to follow one source: the title (linked
// when there is a URL), the publisher and the date. Empty fields are
// unknown; ID is always set.
type Citation struct {
	ID        string `json:"id"`
	Title     string `json:"title"`
	URL       string `json:"url"`
	Publisher string `json:"publisher"`
	Date      string `json:"date"` // ISO 8601: YYYY, YYYY-MM or YYYY-MM-DD
}

// Explain is the diagnostic view of how a question was read and ranked.
type Explain struct {
	Stems     []string         `json:"stems"`
	Countries []CountryMatch   `json:"countries"`
	Themes    []string         `json:"themes"`
	Scores    []ScoreBreakdown `json:"scores,omitempty"`
	// Corrections, ThemePhrases and Dropped say how the words were read:
	// misspellings corrected, the words that named each theme (the
	// lexicon's or a synonym), and chat noise or context left out.
	Corrections  []Correction  `json:"corrections,omitempty"`
	ThemePhrases []ThemePhrase `json:"theme_phrases,omitempty"`
	Dropped      []string      `json:"dropped,omitempty"`
	// Fallback says when the answers came from full-text closeness
	// rather than a theme, and why.
	Fallback string `json:"fallback,omitempty"`
	// Lang is the detected language, LangScores the evidence per language.
	Lang       string             `json:"lang,omitempty"`
	LangScores map[string]float64 `json:"lang_scores,omitempty"`
	// Translation shows how a Spanish or French question's words were
	// read in English (theme phrases, glossary words, corrected typos),
	// and English the resulting question the matcher worked on.
	Translation []corpus.Step `json:"translation,omitempty"`
	English     string        `json:"english,omitempty"`
	// Dates says how the question's date words ("latest", "since 2021")
	// filtered or ordered the answers, or why they could not.
	Dates string `json:"dates,omitempty"`
}

// CountryMatch records which words of the question named a country.
type CountryMatch struct {
	Country string `json:"country"`
	Matched string `json:"matched"` // the words as typed
	How     string `json:"how"`     // "name", "alias", "abbreviation", "demonym", "typo", "capital", "es", "fr", "region"
}

// ScoreBreakdown explains one answer's score.
type ScoreBreakdown struct {
	Country string             `json:"country"`
	Score   float64            `json:"score"`
	Terms   map[string]float64 `json:"terms"`
	// BM25 and ThemeBonus are the parts of Score; Match is "topic" or
	// "closest".
	BM25       float64 `json:"bm25"`
	ThemeBonus float64 `json:"theme_bonus"`
	Match      string  `json:"match,omitempty"`
	// Attribution is the answer's holder decision.
	Attribution corpus.Attribution `json:"attribution"`
}

// Digest is a summary of positions by theme, built for a schedule, a
// subscription or an on-demand `digest THEME` request.
type Digest struct {
	Name          string        `json:"name"`
	CorpusVersion string        `json:"corpus_version"`
	Generated     time.Time     `json:"generated"`
	Themes        []DigestTheme `json:"themes"`
}

// DigestTheme holds every country's best statement on one theme. An empty
// Entries slice means the corpus has nothing on that theme; renderers say so.
type DigestTheme struct {
	Theme   string        `json:"theme"`
	Entries []DigestEntry `json:"entries"`
	// Title is the theme's name in the reply's language when it differs
	// from Theme ("atribución"); adapters head the theme with it.
	Title string `json:"title,omitempty"`
}

// Heading is how the theme is headed in a reply: its Title, or Theme.
func (t DigestTheme) Heading() string {
	if t.Title != "" {
		return t.Title
	}
	return t.Theme
}

// DigestEntry is one country's best statement on a digest theme.
type DigestEntry struct {
	Country string   `json:"country"`
	Text    string   `json:"text"`
	Sources []string `json:"sources"`
	New     bool     `json:"new"` // not in the corpus at the previous digest to this target
	Key     string   `json:"key"` // stable identity of the statement (content hash)
	// Citations describes every source, newest first, as in Answer.
	Citations []Citation `json:"citations"`
}
