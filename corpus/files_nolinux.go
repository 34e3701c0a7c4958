//go:build !linux

package corpus

import "context"

// readFast is the generic path's alone outside Linux (no openat2).
func (d *DirFS) readFast(ctx context.Context, name string, max int64, buf []byte) ([]byte, bool, error) {
	return nil, false, nil
}
