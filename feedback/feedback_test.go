package feedback

import "testing"

func TestParseReason(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want string
		ok   bool
	}{
		{"1", "wrong_country", true},
		{" 2. ", "wrong_topic", true},
		{"Wrong topic!", "wrong_topic", true},
		{"wrong_country", "wrong_country", true},
		{"missing", "missing_statement", true},
		{"A statement is missing", "missing_statement", true},
		{"4", "other", true},
		{"Other", "other", true},
		{"5", "", false},
		{"what does Chile say on data protection?", "", false},
		{"", "", false},
		{"more", "", false},
	} {
		got, ok := ParseReason(tc.in)
		if got != tc.want || ok != tc.ok {
			t.Errorf("ParseReason(%q) = %q, %v; want %q, %v", tc.in, got, ok, tc.want, tc.ok)
		}
		if ok && !ValidReason(got) {
			t.Errorf("ParseReason(%q) = %q, not a reason", tc.in, got)
		}
	}
}
