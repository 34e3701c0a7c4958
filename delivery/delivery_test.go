package delivery

import (
	"strings"
	"testing"
)

func TestParseTarget(t *testing.T) {
	tests := []struct {
		in   string
		want Target
		err  string
	}{
		{"slack:C0123ABCD", Target{"slack", "C0123ABCD"}, ""},
		{"matrix:!abc:example.org", Target{"matrix", "!abc:example.org"}, ""},
		{"console:console", Target{"console", "console"}, ""},
		{"slack:#general", Target{}, "channel ID"},
		{"slack:c0123", Target{}, "channel ID"},
		{"matrix:#alias:example.org", Target{}, "room ID"},
		{"matrix:!nodomain", Target{}, "room ID"},
		{"C0123", Target{}, "platform:room"},
		{"slack:", Target{}, "platform:room"},
		{"Slack:C1", Target{}, "not a platform name"},
	}
	for _, tc := range tests {
		got, err := ParseTarget(tc.in)
		if tc.err != "" {
			if err == nil || !strings.Contains(err.Error(), tc.err) {
				t.Errorf("ParseTarget(%q) = %v, want error with %q", tc.in, err, tc.err)
			}
			continue
		}
		if err != nil || got != tc.want || got.String() != tc.in {
			t.Errorf("ParseTarget(%q) = %+v, %v", tc.in, got, err)
		}
	}
}

func TestSubscriptionTarget(t *testing.T) {
	s := Subscription{Platform: "matrix", Room: "!r:example.org"}
	if got := s.Target().String(); got != "matrix:!r:example.org" {
		t.Fatalf("Target() = %q", got)
	}
}
