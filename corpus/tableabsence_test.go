package corpus

import "testing"

// TestTableRowAbsence: a table row whose one cell with content says the
// State did not speak ("| Afghanistan | Did not take the floor. | — |",
// in Spanish and French too) is no position of that State, as the
// sentence "Afghanistan did not take the floor." is not. Mirrors: a row
// with a position, a comparison's "Has not stated a view" (the table's
// reading of the State's position) and a row that also cites a source
// stay statements.
func TestTableRowAbsence(t *testing.T) {
	const head = "Positions at the eleventh session\n\n| State | Position | Source |\n|---|---|---|\n| Iran | Supports negotiation of a binding instrument under UN auspices. | Statement, 3 March |\n"
	tests := []struct {
		name, row string
		want      []held
	}{
		{"absent", "| Afghanistan | Did not take the floor. | — |", nil},
		{"absent es", "| Honduras | No hizo uso de la palabra. | - |", nil},
		{"absent fr", "| Madagascar | N'a pas pris la parole. | — |", nil},
		{"absent no source cell", "| Bhutan | Was not represented. | |", nil},
		// mirrors
		{"position", "| Israel | Opposes a new instrument; existing international law applies. | Statement, 4 March |", []held{{"Israel", "Israel — "}}},
		{"no view stated", "| Indonesia | Has not stated a view. | — |", []held{{"Indonesia", "Indonesia — "}}},
		{"absent with source", "| Grenada | Did not take the floor. | Record, 5 March |", []held{{"Grenada", "Grenada — "}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkHeld(t, head+tt.row+"\n", append([]held{{"Iran", "Iran — "}}, tt.want...))
		})
	}
}
