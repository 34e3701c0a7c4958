package corpus

import "testing"

// TestRaisedByManyIsNobodys: a point several unnamed speakers raised is
// no one country's (see raisedByMany), in English, Spanish and French;
// mirrors: the speakers listed after it, and a country that raised it.
func TestRaisedByManyIsNobodys(t *testing.T) {
	before := "Guatemala called for a regional fund for small municipalities."
	checkHolderCases(t, []holderCase{
		{before, "The attack on the civil registry of Nicaragua was mentioned by several speakers, although no Nicaraguan official attended.", "-"},
		{before, "El ataque contra el registro civil de Nicaragua fue mencionado por varios ponentes, aunque ninguna autoridad nicaragüense participó en el foro.", "-"},
		{before, "La question des câbles sous-marins a été évoquée par plusieurs intervenants.", "-"},
		// Mirrors.
		{before, "Chile raised the issue, which was also mentioned by several speakers.", "Chile"},
		{before, "Guatemala added that the issue was raised by the mayors of several towns.", "Guatemala"},
	})
}
