package corpus

// A political grouping's statement is its members' joint statement even
// when its title does not say "joint": "G7 Foreign Ministers' Statement on
// Cyber Security", "BRICS Leaders' Declaration", "Statement by the Quad".
// Without this, such a page had no holder until its text named a country,
// and the first one it named held the rest: the G7's condemnation of
// Russia was held by Russia (TestGroupStatementHeading). A chair's
// statement is the chair's, and a statement about a grouping ("Statement
// on the G7 summit") is no member's.

// groupDocWords name a statement a grouping issues.
var groupDocWords = toSet(`statement declaration communique communiqué déclaration declaracion declaración comunicado`)

// groupByWords come between a statement's noun and its author: "Statement
// by the G7", "Declaración de los BRICS".
var groupByWords = toSet(`by of the de del los las la le les du des par`)

// groupStatement returns the members of the grouping a heading (toks)
// names as its statement's author, or nil.
func (g *Gazetteer) groupStatement(toks []Token) []string {
	doc := -1
	for i, t := range toks {
		if t.Lower == "chair" || t.Lower == "chair's" || t.Lower == "chairman's" || t.Lower == "chairman" || t.Lower == "chairperson's" ||
			t.Lower == "presidency" || t.Lower == "présidence" || t.Lower == "presidencia" {
			return nil
		}
		if doc < 0 && groupDocWords[Fold(t.Lower)] {
			doc = i
		}
	}
	if doc < 0 {
		return nil
	}
	for _, r := range g.FindRegions(toks) {
		if !g.isGroup(r.Region) || someOfGroup(toks, r) {
			continue
		}
		switch {
		case r.Last < doc && doc-r.Last <= 3:
			// "G7 Foreign Ministers' Statement": at most two words between.
			return r.Countries
		case r.First > doc:
			ok := true
			for k := doc + 1; k < r.First; k++ {
				if !groupByWords[toks[k].Lower] {
					ok = false
				}
			}
			if ok && r.First > doc+1 && toks[doc+1].Lower != "on" {
				return r.Countries
			}
		}
	}
	return nil
}
