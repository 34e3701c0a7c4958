//go:build linux

package corpus

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"syscall"
	"testing"
)

// TestReadFastTakesOnlyTheCommonCase: readFast reads a regular file
// within the limit (a file named through a link inside the directory
// too) and leaves everything else to the generic path, which words the
// errors: a link out of the directory, a dangling link, a pipe, a
// directory, a file over the limit, a missing file.
func TestReadFastTakesOnlyTheCommonCase(t *testing.T) {
	outside := t.TempDir()
	os.WriteFile(filepath.Join(outside, "secret.txt"), []byte("secret"), 0o644)
	dir := t.TempDir()
	body := bytes.Repeat([]byte("Peru has noted the difficulty of attribution. "), 200)
	os.WriteFile(filepath.Join(dir, "a.txt"), body, 0o644)
	os.WriteFile(filepath.Join(dir, "empty.txt"), nil, 0o644)
	os.Mkdir(filepath.Join(dir, "sub"), 0o755)
	os.WriteFile(filepath.Join(dir, "sub", "b.txt"), body[:100], 0o644)
	os.Symlink("sub/b.txt", filepath.Join(dir, "in.txt"))
	os.Symlink(filepath.Join(outside, "secret.txt"), filepath.Join(dir, "out.txt"))
	os.Symlink("../"+filepath.Base(outside)+"/secret.txt", filepath.Join(dir, "dotdot.txt"))
	os.Symlink("nowhere", filepath.Join(dir, "dangling.txt"))
	if err := syscall.Mkfifo(filepath.Join(dir, "pipe.txt"), 0o644); err != nil {
		t.Fatal(err)
	}
	d, err := OpenDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	if d.dirfd < 0 {
		t.Fatal("no directory descriptor")
	}
	ctx := context.Background()
	for _, tc := range []struct {
		name string
		max  int64
		want []byte // nil: left to the generic path
	}{
		{"a.txt", 1 << 20, body},
		{"empty.txt", 1 << 20, []byte{}},
		{"sub/b.txt", 1 << 20, body[:100]},
		{"in.txt", 1 << 20, body[:100]},
		{"a.txt", int64(len(body)) - 1, nil},
		{"out.txt", 1 << 20, nil},
		{"dotdot.txt", 1 << 20, nil},
		{"dangling.txt", 1 << 20, nil},
		{"pipe.txt", 1 << 20, nil},
		{"sub", 1 << 20, nil},
		{"missing.txt", 1 << 20, nil},
	} {
		got, ok, err := d.readFast(ctx, tc.name, tc.max, make([]byte, 0, 8))
		switch {
		case noOpenat2.Load():
			t.Skip("no openat2 on this kernel")
		case tc.want == nil && ok:
			t.Errorf("%s (max %d): read by the fast path (%d bytes, err %v)", tc.name, tc.max, len(got), err)
		case tc.want != nil && (!ok || err != nil || !bytes.Equal(got, tc.want)):
			t.Errorf("%s: ok %v, err %v, %d bytes, want %d", tc.name, ok, err, len(got), len(tc.want))
		}
	}
	cctx, cancel := context.WithCancel(ctx)
	cancel()
	if _, ok, err := d.readFast(cctx, "a.txt", 1<<20, nil); !ok || err == nil {
		t.Errorf("cancelled read: ok %v, err %v", ok, err)
	}
}
