package corpus

import (
	"testing"
	"unsafe"
)

// TestTokenSize: a Token's two booleans share one word (see Token.Poss).
func TestTokenSize(t *testing.T) {
	if got := unsafe.Sizeof(Token{}); got > 72 {
		t.Errorf("a Token is %d bytes, want at most 72", got)
	}
}
