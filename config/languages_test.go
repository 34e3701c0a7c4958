package config

import (
	"strings"
	"testing"
)

func TestLanguagesPinned(t *testing.T) {
	doc := "languages:\n  slack:C0123ABCD: fr\n  \"matrix:!ops:example.org\": es-ES\n"
	c, err := Parse("config.yaml", []byte(doc), testEnv)
	if err != nil {
		t.Fatal(err)
	}
	if c.Languages["slack:C0123ABCD"] != "fr" || c.Languages["matrix:!ops:example.org"] != "es" {
		t.Errorf("languages = %v", c.Languages)
	}
}

func TestLanguagesErrors(t *testing.T) {
	tests := []struct{ doc, want string }{
		{"languages:\n  slack:C1: de\n", `config.yaml:2: languages.slack:C1: "de" is not one of en, es, fr`},
		{"languages:\n  irc:#x: fr\n", "config.yaml:2: languages.irc:#x: want slack:<channel ID> or matrix:<room ID>"},
		{"languages:\n  C0123: fr\n", "config.yaml:2: languages.C0123: want slack:<channel ID>"},
	}
	for _, tt := range tests {
		_, err := Parse("config.yaml", []byte(tt.doc), testEnv)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("Parse(%q) = %v, want %q", tt.doc, err, tt.want)
		}
	}
}
