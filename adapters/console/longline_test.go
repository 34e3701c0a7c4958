package console

import (
	"bytes"
	"context"
	"strings"
	"testing"
)

func TestLongLineAnsweredTooLongAndSessionGoesOn(t *testing.T) {
	tests := []struct {
		name string
		long int // bytes in the long line
		last string
	}{
		{"just over the limit", MaxLine + 1, "\nsecond\n"},
		{"several times the limit", 5*MaxLine + 17, "\nsecond\n"},
		{"long last line without a newline", 3 * MaxLine, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := &echo{}
			var out bytes.Buffer
			in := "first\n" + strings.Repeat("why ", tt.long/4) + strings.Repeat("x", tt.long%4) + tt.last
			c := &Console{In: strings.NewReader(in), Out: &out, H: h}
			if err := c.Run(context.Background()); err != nil {
				t.Fatalf("Run: %v", err)
			}
			var got []string
			for _, q := range h.got {
				got = append(got, q.Text)
			}
			want := []string{"first"}
			if tt.last != "" {
				want = append(want, "second")
			}
			if strings.Join(got, "|") != strings.Join(want, "|") {
				t.Errorf("questions handled %q, want %q", got, want)
			}
			if !strings.Contains(out.String(), "question too long") {
				t.Errorf("no \"question too long\" answer:\n%.300s", out.String())
			}
		})
	}
}

func TestLineAtTheLimitIsAsked(t *testing.T) {
	h := &echo{}
	line := strings.Repeat("y", MaxLine)
	c := &Console{In: strings.NewReader(line + "\n"), Out: &bytes.Buffer{}, H: h}
	if err := c.Run(context.Background()); err != nil {
		t.Fatal(err)
	}
	if len(h.got) != 1 || len(h.got[0].Text) != MaxLine {
		t.Fatalf("a line of exactly %d bytes was not asked", MaxLine)
	}
}
