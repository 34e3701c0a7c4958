package gen

// theme is one cyber-policy topic: the words a user asks with and the
// wordings statements use for it.
type theme struct {
	Query   string   // how a question names it ("due diligence")
	Phrases []string // how a statement says it
}

// themes is the statement vocabulary. The Query wordings are the theme
// names of the stancebot lexicon (issue 2), so theme questions resolve.
var themes = []theme{
	{"attribution", []string{"the attribution of cyber operations", "the difficulty of attribution in cyberspace", "technical and political attribution of malicious ICT activity"}},
	{"due diligence", []string{"the principle of due diligence", "due diligence obligations of states", "a duty of due diligence over its territory"}},
	{"sovereignty", []string{"state sovereignty in cyberspace", "the principle of sovereignty", "respect for sovereignty and non-intervention"}},
	{"self-defence", []string{"the inherent right of self-defence", "self-defence against an armed attack in cyberspace", "the limits of self-defence under the UN Charter"}},
	{"international humanitarian law", []string{"the applicability of international humanitarian law", "international humanitarian law in cyber conflict", "the principles of international humanitarian law, distinction and proportionality"}},
	{"privacy", []string{"the right to privacy and intimacy", "privacy of communications", "privacy protections against mass surveillance"}},
	{"voluntary norms", []string{"voluntary, non-binding norms of responsible state behaviour", "the voluntary norms agreed upon in the 2015 report", "the implementation of voluntary norms"}},
	{"legally binding instrument", []string{"a new legally binding instrument", "negotiating a legally binding instrument on ICT security", "the need for a legally binding instrument"}},
	{"capacity building", []string{"capacity building for less resilient states", "cyber capacity building and training", "regional capacity building programmes"}},
	{"cybercrime", []string{"the fight against cybercrime", "international cooperation on cybercrime", "the Budapest Convention on cybercrime"}},
	{"supply chains", []string{"the integrity of ICT supply chains", "security of product supply chains", "the norm regarding ICT product supply chains"}},
	{"critical infrastructure", []string{"the protection of critical infrastructure", "attacks on critical infrastructure", "critical infrastructure such as hospitals and power grids"}},
	{"confidence-building measures", []string{"confidence-building measures", "regional confidence-building measures", "practical confidence-building measures between states"}},
	{"OEWG", []string{"the work of the OEWG", "the Open-Ended Working Group (OEWG)", "a permanent mechanism succeeding the OEWG"}},
	{"militarisation", []string{"the militarisation of cyberspace", "the weaponisation of ICTs", "an arms race and the militarisation of cyberspace"}},
	{"countermeasures", []string{"the use of countermeasures", "collective countermeasures", "proportionate countermeasures against wrongful acts"}},
	{"state responsibility", []string{"the law of state responsibility", "state responsibility for internationally wrongful acts"}},
	{"freedom of expression", []string{"freedom of expression online", "freedom of expression and access to information"}},
	{"peaceful settlement", []string{"the peaceful settlement of disputes", "peaceful settlement of ICT incidents"}},
	{"data protection", []string{"data protection rules", "cross-border data protection"}},
}

// ThemeQueries lists the theme wordings questions use, in a fixed order.
func ThemeQueries() []string {
	out := make([]string, len(themes))
	for i, t := range themes {
		out[i] = t.Query
	}
	return out
}

var verbs = []string{
	"stresses", "emphasises", "has noted", "highlights", "supports",
	"calls for progress on", "has put great emphasis on", "underlines",
	"has expressed views on", "has focused on", "stands in favour of",
	"remains cautious about", "questions the scope of", "has consistently defended",
	"believes more work is needed on", "welcomed discussion of",
}

var fillers = []string{
	" in the context of the global debate",
	" at regional and international forums",
	" as part of the discussions at the UN First Committee",
	" during peacetime",
	", retaining a preference for the 'soft law' approach",
	", making the spirit of cooperation in this area clear",
	", while maintaining that less resilient states should first focus on building capacity rather than reforming regulatory frameworks",
	" through public statements at regional and international forums",
	", taking into account whether operations may result in death or injury to persons or property",
	", and it has made contributions as part of a group of countries that are not formally aligned with any major power bloc",
	"",
	"",
}

var nouns = []string{
	"initiative", "framework", "report", "dialogue", "mechanism",
	"declaration", "programme", "partnership", "roadmap", "guidelines",
}

// uniqueSentences hold the statement's generated words; %s are holder
// lead-ins ("It", "The country"), then the two words, then a noun.
var uniqueSentences = []string{
	"%s points to the %s %s %s as an example of good practice.",
	"%s cites the %s and %s %s in support of this view.",
	"%s referred to the %s %s %s on several occasions.",
	"%s has since endorsed the %s %s %s.",
}

// contextSentences lengthen statements to the seeds' size with the debate's
// usual background; they carry the holder forward with "It" or "The country".
var contextSentences = []string{
	"It participated in multiple sessions of the UN GGE and has made contributions as part of regional groups of states.",
	"The country believes that norms crystallised under the UN GGE process should generally not be revisited and that progress should be made on matters relating to their implementation.",
	"Its delegation argued that existing international law applies to the use of ICTs by states, although how it applies in practice remains to be clarified.",
	"It has signed a memorandum of understanding with the UN Office on Drugs and Crime to support training in prevention and cooperation.",
	"The country has taken part in regional dialogues and stressed the need for a safe, secure and open cyberspace that promotes well-being, knowledge and human development.",
	"It maintains that less resilient states should first focus on building capacity rather than reforming regulatory frameworks.",
	"The country has long promoted the need for a global repository of existing practice within the United Nations.",
}
