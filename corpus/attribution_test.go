package corpus

import (
	"context"
	"testing"
	"testing/fstest"
)

// TestAttributionClasses: each class of holder decision, with its mirror
// that must not change holder, after a paragraph held by prev.
func TestAttributionClasses(t *testing.T) {
	const eu = "The European Union has long promoted a strategic framework for conflict prevention in cyberspace.\n"
	const kenya = "Kenya has argued that capacity building must be demand-driven and inclusive.\n"
	tests := []struct {
		name, prev, para, holder, method, conf string
	}{
		{"appositive naming a body", eu, "A member of the African Union since 1963, Senegal has promoted regional points of contact.", "Senegal", MethodSubject, ConfHigh},
		{"appositive naming a country", eu, "Long a close partner of the United States, Japan has aligned its doctrine with its ally.", "Japan", MethodSubject, ConfHigh},
		{"mirror: appositive about another country, EU subject", kenya, "A close partner of Kenya on capacity building, the EU has funded its national CERT.", "European Union", MethodSubject, ConfHigh},
		{"subject after an insertion", eu, "Indonesia, a founding member of ASEAN, has promoted confidence-building measures.", "Indonesia", MethodSubject, ConfHigh},
		{"fronted adverbial", eu, "In the framework of the OAS, Costa Rica has supported confidence-building measures.", "Costa Rica", MethodSubject, ConfHigh},
		{"fronted adverbial naming a country", eu, "Following Russia's invasion of Ukraine, Poland has expanded its cyber defence forces.", "Poland", MethodSubject, ConfHigh},
		{"mirror: fronted possessive view", eu, "In Brazil's view, humanitarian law must not legitimise conflict in cyberspace.", "Brazil", MethodPossessive, ConfMedium},
		{"mirror: according to", eu, "According to Chile, the OEWG should remain the only forum on these questions.", "Chile", MethodSubject, ConfMedium},
		{"mirror: in the view of", kenya, "In the view of the EU, existing law suffices and no treaty is needed.", "European Union", MethodSubject, ConfMedium},
		{"according to an official, then another subject: the official's, as 'Chile's ministry said Peru …' is", eu, "According to Chile's ministry, Peru has asked for assistance.", "Chile", MethodSubject, ConfMedium},
		{"mirror: according to a report, then another subject", eu, "According to the report, Peru has asked for assistance.", "Peru", MethodSubject, ConfHigh},
		{"country inside the subject phrase", eu, "Cybercrime legislation in Ghana dates from 2008 and was revised in 2020.", "Ghana", MethodSubject, ConfMedium},
		{"mirror: another holder acts on the country", kenya, "Investment in Ghana by the EU has grown through the Global Gateway programme.", "European Union", MethodSubject, ConfMedium},
		{"mirror: relation, not location", eu, "Cooperation with Ghana remains a priority for the EU and its member states.", "European Union", MethodBlockOrder, ConfMedium},
		{"mirror: passive with a location", eu, "Legislation was adopted in Ghana in 2020 on critical information infrastructure.", "European Union", MethodBlockOrder, ConfLow},
		{"block named later, previous one in passing", eu, "The country has not assumed a firm stance on countermeasures, unlike the EU. Morocco has said the OEWG should settle it.", "Morocco", MethodLaterMention, ConfMedium},
		{"block without a continuation cue, named later", kenya, "The national cybersecurity agency was created in 2017, two years after Kenya's. Since then, Uruguay has adopted a strategy.", "Uruguay", MethodLaterMention, ConfMedium},
		{"mirror: pronoun continuation naming another actor", kenya, "It has also backed the PoA, as Chile did. Brazil has gone further by offering experts.", "Kenya", MethodContinuation, ConfMedium},
		{"mirror: definite opening, previous holder acts again", kenya, "The country has pledged to share threat data, and Kenya argues that Ghana agrees.", "Kenya", MethodContinuation, ConfHigh},
		{"mirror: subordinate clause subject", kenya, "Cybercrime is not yet defined in its code, though neighbouring Uganda has such laws.", "Kenya", MethodBlockOrder, ConfLow},
		{"possessive appositive before the subject", eu, "Unlike Chile, Argentina's neighbour to the west, Bolivia has been cautious about new treaties.", "Bolivia", MethodSubject, ConfHigh},
		{"possessive appositive, no fronted phrase", kenya, "Nigeria's partner in the Sahel, Niger has asked for technical assistance.", "Niger", MethodSubject, ConfHigh},
		{"mirror: possessive then an insertion", kenya, "The EU's ambition, stated in its 2020 strategy, is to lead on norms.", "European Union", MethodPossessive, ConfHigh},
		{"mirror: possessive, verb before the comma", eu, "Brazil's delegation argued, like Chile, that the OEWG should continue.", "Brazil", MethodPossessive, ConfHigh},
		{"noun modifier is not a subject", kenya, "It works with the EU. Officials welcomed stronger EU rules on cables.", "Kenya", MethodContinuation, ConfHigh},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := Load(context.Background(), fstest.MapFS{"f.txt": {Data: []byte(tt.prev + tt.para + "\n")}}, Options{})
			if err != nil {
				t.Fatal(err)
			}
			s := c.Statement(c.Len() - 1)
			a := s.Attribution
			if s.Country != tt.holder || a.Method != tt.method || a.Confidence != tt.conf {
				t.Errorf("%.50q: %s by %s (%s, evidence %q), want %s by %s (%s)", tt.para, s.Country, a.Method, a.Confidence, a.Evidence, tt.holder, tt.method, tt.conf)
			}
			if a.Evidence == "" {
				t.Error("no evidence")
			}
		})
	}
}
