package corpus

import "testing"

// TestCounterpart: a paragraph opening with the previous speaker's
// counterpart is the country the opening names, in English, French and
// Spanish, or nobody's when it names none; mirrors keep a possessive that
// continues the speaker ("His government stressed …") and a counterpart
// named later in the sentence.
func TestCounterpart(t *testing.T) {
	const first = "The representative of Burkina Faso said that Sahel countries face attacks on telecommunications."
	tests := []struct {
		para, holder string
	}{
		{"Son homologue de la Mauritanie a insisté sur l'application du droit international humanitaire.", "Mauritania"},
		{"His counterpart from Mauritania stressed that international humanitarian law applies.", "Mauritania"},
		{"Her Mauritanian counterpart stressed that international humanitarian law applies.", "Mauritania"},
		{"Su homólogo de Mauritania subrayó que el derecho internacional humanitario se aplica.", "Mauritania"},
		{"Son homologue mauritanien a insisté sur le droit international humanitaire.", "Mauritania"},
		{"L'homologue du Niger a insisté sur le droit international humanitaire.", "Niger"},
		{"His counterpart stressed that international humanitarian law applies.", ""},
		{"Son homologue a insisté sur l'application du droit international humanitaire.", ""},
		// mirrors
		{"His government stressed that international humanitarian law applies.", "Burkina Faso"},
		{"It welcomed the remarks of its counterpart from Mauritania on international humanitarian law.", "Burkina Faso"},
	}
	for _, tt := range tests {
		checkAfter(t, first+"\n\n", held{"Burkina Faso", "The representative"}, tt.para, tt.holder)
	}
}
