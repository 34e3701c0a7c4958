package matrix

import (
	"testing"

	"github.com/stancebot/stancebot/feedback"
)

func TestVoteOf(t *testing.T) {
	tests := []struct{ key, want string }{
		{"👍", feedback.Up}, {"👍\uFE0F", feedback.Up}, {"👍🏿", feedback.Up}, {" 👍 ", feedback.Up}, {":+1:", feedback.Up},
		{"👎", feedback.Down}, {"👎🏻", feedback.Down}, {":thumbsdown:", feedback.Down},
		{"🎉", ""}, {"👍👍", ""}, {"", ""}, {"+1", ""}, {"❤️", ""},
	}
	for _, tc := range tests {
		if got := voteOf(tc.key); got != tc.want {
			t.Errorf("voteOf(%q) = %q, want %q", tc.key, got, tc.want)
		}
	}
}
