package corpus

import (
	"strings"
	"testing"
)

// TestQuoteSpeakerOverQuotedSubject: a paragraph opening with a quotation
// whose subject is a country, followed by a reporting clause naming the
// speaker's country, is the speaker's ("“Benin is a close partner,” the
// Togolese foreign minister said" is Togo's, not Benin's); with a clause
// naming no country, the quotation is not held by the country it is about
// unless the speaker says "we" of it. Neighbours keep their holder: the
// clause names the quotation's own country; a first-person quotation; no
// reporting clause at all.
func TestQuoteSpeakerOverQuotedSubject(t *testing.T) {
	const lead = "Togo will host the regional cyber forum in Lomé next year.\n\n"
	tests := []struct {
		para string
		want string // holder of the quoted paragraph; "" none, "!X" any but X
	}{
		// Rows that changed (held by the quotation's subject before).
		{`“Benin is a close partner,” the Togolese foreign minister said.`, "Togo"},
		{`"Ghana supports a binding convention," the Nigerian ambassador told reporters.`, "Nigeria"},
		{`“Chile has long backed these norms,” said Peru's representative.`, "Peru"},
		{`“Kenya is ready to help,” Uganda's minister said on Monday.`, "Uganda"},
		{`« Le Bénin est un partenaire proche », a déclaré le ministre togolais des Affaires étrangères.`, "Togo"},
		{`«Colombia tiene su propia visión», dijo el canciller de Ecuador.`, "Ecuador"},
		{`“Fiji is a model for the region,” Samoa’s prime minister wrote in a column.`, "Samoa"},
		{`“Benin is a model for the region,” according to Togo's foreign minister.`, "Togo"},
		{`“Benin is a close partner,” the minister said.`, "!Benin"},
		// Neighbours that keep their holder.
		{`“Morocco supports this initiative,” the Moroccan delegate said.`, "Morocco"},
		{`“Kenya is ready, and we will act,” the Kenyan minister said.`, "Kenya"},
		{`“We stand with Benin,” said the foreign minister of Togo.`, "Togo"},
		{`Ghana supports a binding convention and will table a draft.`, "Ghana"},
	}
	for _, tt := range tests {
		got := heldAfterLead(t, lead, tt.para)
		switch not, neg := strings.CutPrefix(tt.want, "!"); {
		case neg && got == not:
			t.Errorf("%q is held by %s, the country it is about", tt.para, got)
		case !neg && got != tt.want:
			t.Errorf("%q is held by %q, want %q", tt.para, got, tt.want)
		}
	}
}
