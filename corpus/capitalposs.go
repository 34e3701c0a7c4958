package corpus

// delegationNouns are the nouns after a capital's possessive that make
// the capital its country as a speaker: "Tbilisi's delegation pressed for
// stronger safeguards", "Juba's representative asked for assistance"
// (TestPages6Corpus). Only a delegation's people and words: "Victoria's
// government" (an Australian state as often as Seychelles) or "Moscow's
// metro" name no delegation.
var delegationNouns = toSet(`delegation delegations representative representatives delegate delegates envoy ambassador
negotiators negotiator diplomats mission statement intervention`)
