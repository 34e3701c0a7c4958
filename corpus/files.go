package corpus

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strconv"
	"strings"
	"syscall"
	"unicode"
)

// DirFS is a corpus directory opened for loading: an fs.FS confined to the
// directory with os.Root, so a symbolic link (or "..") that resolves
// outside it cannot be opened, and whose Open never blocks on a named
// pipe or a device (it opens with O_NONBLOCK; openRegular then refuses
// anything but a regular file). Close it when done.
type DirFS struct {
	root *os.Root
	fsys fs.FS
	// dir is the root directory itself, opened through root; dirfd is its
	// descriptor (-1 if none), under which readFast opens files.
	dir   *os.File
	dirfd int
}

// OpenDir opens dir as a DirFS.
func OpenDir(dir string) (*DirFS, error) {
	st, err := os.Stat(dir)
	if err != nil {
		return nil, err
	}
	if !st.IsDir() {
		return nil, errors.New("not a directory")
	}
	root, err := os.OpenRoot(dir)
	if err != nil {
		return nil, err
	}
	d := &DirFS{root: root, fsys: root.FS(), dirfd: -1}
	if f, err := root.Open("."); err == nil {
		if rc, err := f.SyscallConn(); err == nil {
			rc.Control(func(fd uintptr) { d.dirfd = int(fd) })
		}
		d.dir = f
	}
	return d, nil
}

// Open opens name for reading without blocking: a FIFO opens at once
// (and is then refused by its mode), a link out of the directory fails.
func (d *DirFS) Open(name string) (fs.File, error) {
	if !fs.ValidPath(name) {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrInvalid}
	}
	f, err := d.root.OpenFile(name, os.O_RDONLY|syscall.O_NONBLOCK, 0)
	if err != nil {
		if st, lerr := d.root.Lstat(name); lerr == nil && st.Mode()&fs.ModeSymlink != 0 {
			switch {
			case errors.Is(err, fs.ErrNotExist):
				return nil, fmt.Errorf("a symbolic link to nothing: %w", err)
			case errors.Is(err, fs.ErrPermission):
				return nil, err
			}
			return nil, fmt.Errorf("a symbolic link that leads outside the corpus directory is not followed: %w", err)
		}
		return nil, err
	}
	return f, nil
}

// ReadDir lists a directory of the corpus (fs.ReadDirFS).
func (d *DirFS) ReadDir(name string) ([]fs.DirEntry, error) { return fs.ReadDir(d.fsys, name) }

// Close releases the directory.
func (d *DirFS) Close() error {
	if d.dir != nil {
		d.dir.Close()
	}
	return d.root.Close()
}

// openRegular is the one place the loader opens a file through fsys (for
// readRegular, holders.tsv and sources.tsv): it opens name and checks the opened file (fstat, not a racy stat of the path) is
// a regular file, returning it with its size. A named pipe, device,
// socket or directory is refused with an error saying what it is. With a
// DirFS the open itself cannot block or leave the directory.
func openRegular(fsys fs.FS, name string) (fs.File, int64, error) {
	f, err := fsys.Open(name)
	if err != nil {
		return nil, 0, err
	}
	st, err := f.Stat()
	if err != nil {
		f.Close()
		return nil, 0, err
	}
	if !st.Mode().IsRegular() {
		f.Close()
		return nil, 0, fmt.Errorf("not a regular file (%s)", fileKind(st.Mode()))
	}
	return f, st.Size(), nil
}

// readRegular reads the regular file name of fsys into buf (reused when
// large enough), refusing files over max bytes and anything openRegular
// refuses; it is how the loader reads every corpus file. On a DirFS the
// common case (a regular file within the limit) takes readFast, one
// openat2 confined by the kernel; anything else, errors included, takes
// the generic path through openRegular, which decides and words it.
func readRegular(ctx context.Context, fsys fs.FS, name string, max int64, buf []byte) ([]byte, error) {
	if d, ok := fsys.(*DirFS); ok {
		if data, ok, err := d.readFast(ctx, name, max, buf); ok {
			return data, err
		}
	}
	f, size, err := openRegular(fsys, name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	if size > max {
		return nil, fmt.Errorf("%d bytes is over the %d-byte limit", size, max)
	}
	buf = buf[:0]
	if size >= 0 && int64(cap(buf)) < size+1 {
		buf = make([]byte, 0, size+1)
	}
	for {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		if len(buf) == cap(buf) {
			buf = append(buf, 0)[:len(buf)]
		}
		n, err := f.Read(buf[len(buf):cap(buf)])
		buf = buf[:len(buf)+n]
		if int64(len(buf)) > max {
			return nil, fmt.Errorf("over the %d-byte limit", max)
		}
		if err == io.EOF {
			return buf, nil
		}
		if err != nil {
			return nil, err
		}
	}
}

func fileKind(m fs.FileMode) string {
	switch {
	case m.IsDir():
		return "a directory"
	case m&fs.ModeNamedPipe != 0:
		return "a named pipe"
	case m&fs.ModeSocket != 0:
		return "a socket"
	case m&fs.ModeDevice != 0, m&fs.ModeCharDevice != 0:
		return "a device"
	case m&fs.ModeSymlink != 0:
		return "a symbolic link"
	}
	return "mode " + m.String()
}

// DisplayName makes a file name or source ID safe to print: control and
// other non-printing characters (ESC, newline, NUL, bidi overrides) are
// shown as Go escapes ("\x1b"), so a crafted name cannot move a terminal's
// cursor or forge a line. JSON output keeps the exact ID.
func DisplayName(s string) string {
	clean := true
	for _, r := range s {
		if !unicode.IsPrint(r) || r == unicode.ReplacementChar {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	q := strconv.QuoteToGraphic(s)
	return strings.ReplaceAll(q[1:len(q)-1], `\"`, `"`)
}
