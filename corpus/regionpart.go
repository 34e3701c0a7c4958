package corpus

// A region's name next to a grouping's names the grouping's members in
// that region: "on behalf of the Pacific Small Island Developing States",
// "the Caribbean SIDS", "los pequeños Estados insulares del Pacífico", "les
// petits États insulaires d'Afrique". Read as the whole grouping, Samoa's
// statement for the Pacific SIDS was held by Cuba, Bahrain and Barbados
// (TestRegionQualifiedGroup). A region round most of a grouping's members
// is its epithet, not a part of it ("the Caribbean CARICOM States" are all
// of CARICOM, three of whose members lie outside the Caribbean): only a
// region holding at most half of the grouping narrows it.

// regionPartJoins may stand between a grouping's name and the region after
// it: "of the", "in the", "del", "de la", "du", "d'", "des".
var regionPartJoins = toSet(`of in the del de la el en du des d l`)

// narrowRegionParts merges each region that qualifies a grouping next to it
// (see above) into the grouping's mention, whose countries become those in
// both; regions holds the mentions in text order.
func (g *Gazetteer) narrowRegionParts(toks []Token, regions []RegionMention) []RegionMention {
	if len(regions) < 2 {
		return regions // most texts: nothing to pair
	}
	var out []RegionMention // allocated at the first merge only
	for i := 0; i < len(regions); i++ {
		if i+1 < len(regions) {
			a, b := regions[i], regions[i+1]
			ka, kb := g.regionKind(a.Region), g.regionKind(b.Region)
			switch {
			case ka == "m49" && kb == "group" && a.Last+1 == b.First && !countedBefore(toks, a.First):
				if n, ok := regionPart(b, a); ok {
					n.First, n.Text = a.First, joinOrig(toks[a.First:b.Last+1])
					out = append(mergedSoFar(out, regions, i), n)
					i++
					continue
				}
			case ka == "group" && kb == "m49" && joinedBy(toks, a.Last+1, b.First, 2):
				if n, ok := regionPart(a, b); ok {
					n.Last, n.Text = b.Last, joinOrig(toks[a.First:b.Last+1])
					out = append(mergedSoFar(out, regions, i), n)
					i++
					continue
				}
			}
		}
		if out != nil {
			out = append(out, regions[i])
		}
	}
	if out == nil {
		return regions // nothing merged: the mentions as found
	}
	return out
}

// mergedSoFar returns out, or, before the first merge (out nil), a new
// slice of the mentions before regions[i], which were kept as found.
func mergedSoFar(out, regions []RegionMention, i int) []RegionMention {
	if out != nil {
		return out
	}
	return append(make([]RegionMention, 0, len(regions)-1), regions[:i]...)
}

// regionPart returns group narrowed to the countries region holds, when
// they are some but at most half of its members.
func regionPart(group, region RegionMention) (RegionMention, bool) {
	in := make(map[string]bool, len(region.Countries))
	for _, c := range region.Countries {
		in[c] = true
	}
	var both []string
	for _, c := range group.Countries {
		if in[c] {
			both = append(both, c)
		}
	}
	if len(both) == 0 || 2*len(both) > len(group.Countries) {
		return group, false
	}
	group.Countries = both
	return group, true
}

// joinedBy reports whether toks[from:to] are one to max words of
// regionPartJoins with no punctuation but an elision between them.
func joinedBy(toks []Token, from, to, max int) bool {
	if to-from < 1 || to-from > max {
		return false
	}
	for k := from; k < to; k++ {
		if !regionPartJoins[toks[k].Lower] || toks[k].Gap != "" && toks[k].Gap != "'" && toks[k].Gap != "’" {
			return false
		}
	}
	return toks[to].Gap == "" || toks[to].Gap == "'" || toks[to].Gap == "’"
}

// regionKind returns the Kind of the region named name, "" when none is.
func (g *Gazetteer) regionKind(name string) string {
	for i := range g.Regions {
		if g.Regions[i].Name == name {
			return g.Regions[i].Kind
		}
	}
	return ""
}

// countedBefore reports a quantifier or a number right before toks[i]
// ("14 Pacific small island States", "several Pacific SIDS"): part of the
// grouping, which someOfGroup reads from the grouping's name back, so the
// region is left apart for it to read over.
func countedBefore(toks []Token, i int) bool {
	if i == 0 {
		return false
	}
	w := toks[i-1].Lower
	return someWords[w] || w != "" && w[0] >= '0' && w[0] <= '9'
}
