package bot

import (
	"context"
	"strings"
	"testing"
)

// tag is middleware that answers messages starting with word and passes
// the rest on, recording the order it saw them in.
func tag(word string, seen *[]string) Middleware {
	return func(next Handler) Handler {
		return HandlerFunc(func(ctx context.Context, q Question) Reply {
			*seen = append(*seen, word)
			if strings.HasPrefix(q.Text, word) {
				return Reply{Message: word}
			}
			return next.Handle(ctx, q)
		})
	}
}

func TestChainOrder(t *testing.T) {
	tests := []struct {
		text, want string
		seen       []string
	}{
		{"a x", "a", []string{"a"}},
		{"b x", "b", []string{"a", "b"}},
		{"question", "inner", []string{"a", "b"}},
	}
	for _, tc := range tests {
		var seen []string
		inner := HandlerFunc(func(context.Context, Question) Reply { return Reply{Message: "inner"} })
		h := Chain(inner, tag("a", &seen), tag("b", &seen))
		if got := h.Handle(context.Background(), Question{Text: tc.text}).Message; got != tc.want {
			t.Errorf("%q answered by %q, want %q", tc.text, got, tc.want)
		}
		if strings.Join(seen, ",") != strings.Join(tc.seen, ",") {
			t.Errorf("%q passed through %v, want %v", tc.text, seen, tc.seen)
		}
	}
}
