package corpus

import (
	"context"
	"strings"
	"testing"
	"testing/fstest"
)

func TestFileNameHolder(t *testing.T) {
	g := defaultGazetteer()
	tests := []struct{ name, want string }{
		{"nepal_oewg_statement_2024.txt", "Nepal"},
		{"2024/Costa Rica - First Committee.txt", "Costa Rica"},
		{"declaracion-peru-oewg.txt", "Peru"},
		{"UK_statement_march.txt", "United Kingdom"},
		{"about_us.txt", ""},              // "us" in lower case is not the United States
		{"india_china_relations.txt", ""}, // two countries: no holder
		{"peruvian_view.txt", ""},         // a demonym is not enough
		{"statement_2024_07.txt", ""},     // none
		{"000_1ebf36fdb85f7c30.txt", ""},  // a hash
	}
	for _, tt := range tests {
		if got := g.fileNameHolder(tt.name); got != tt.want {
			t.Errorf("fileNameHolder(%q) = %q, want %q", tt.name, got, tt.want)
		}
	}
}

func TestFirstPerson(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"We believe the digital divide is a risk.", true},
		{"My delegation thanks you, Chair.", true},
		{"Our country supports the PoA.", true},
		{"Mi delegación apoya el programa de acción.", true},
		{"Nous soutenons le programme d'action.", true},
		{"Mr. Chair,", false},
		{"The digital divide is a risk for all states.", false},
		{"My thanks to the Chair.", false},
	}
	for _, tt := range tests {
		if got := firstPerson(tt.text); got != tt.want {
			t.Errorf("firstPerson(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

// TestFileNameAttribution: on a page that names no country before its
// delegation speaks in the first person, the file's name holds those
// paragraphs with low confidence; a page whose paragraphs are not in the
// first person, or whose name names no single country, leaves them out as
// before; a title wins over the file's name.
func TestFileNameAttribution(t *testing.T) {
	page := "Mr. Chair,\n\nWe believe the digital divide is a risk.\n\nThe checklist helps small states.\n\nOn law, Nepal is of the view that sovereignty applies.\n"
	intro := "This page collects statements on norms.\n\nOn law, Nepal is of the view that sovereignty applies.\n"
	tests := []struct {
		name, file, text string
		want             []held
		method           string
	}{
		{"first person", "nepal_oewg_2024.txt", page, []held{{"Nepal", "We believe"}, {"Nepal", "The checklist"}, {"Nepal", "On law"}}, MethodFileName},
		{"no first person: an intro stays out", "nepal_notes.txt", intro, []held{{"Nepal", "On law"}}, ""},
		{"two countries in the name", "nepal_bhutan_2024.txt", page, []held{{"Nepal", "On law"}}, ""},
		{"an analyst's first person is not the country's", "analysis_nepal.txt", "Our assessment is that the talks stalled.\n\nOn law, Nepal is of the view that sovereignty applies.\n\nWe argue that this matters.\n", []held{{"Nepal", "On law"}}, ""},
		{"a title wins", "nepal_oewg_2024.txt", "---\ntitle: Statement by Bhutan\n---\n" + page, []held{{"Bhutan", "We believe"}, {"Bhutan", "The checklist"}, {"Bhutan", "On law"}}, MethodHeading},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := Load(context.Background(), fstest.MapFS{tt.file: {Data: []byte(tt.text)}}, Options{})
			if err != nil {
				t.Fatal(err)
			}
			var got []held
			for _, s := range c.Statements() {
				got = append(got, held{s.Country, s.Text})
				if tt.method != "" && strings.HasPrefix(s.Text, "We believe") {
					if s.Attribution.Method != tt.method {
						t.Errorf("method %q, want %q", s.Attribution.Method, tt.method)
					}
					if tt.method == MethodFileName && s.Attribution.Confidence != ConfLow {
						t.Errorf("confidence %q, want low", s.Attribution.Confidence)
					}
				}
			}
			if len(got) != len(tt.want) {
				t.Fatalf("got %q, want %q", got, tt.want)
			}
			for i, w := range tt.want {
				if got[i].country != w.country || !strings.HasPrefix(got[i].prefix, w.prefix) {
					t.Errorf("statement %d: %s %q, want %s %q…", i, got[i].country, got[i].prefix, w.country, w.prefix)
				}
			}
		})
	}
}
