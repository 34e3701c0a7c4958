//go:build linux

package corpus

import (
	"context"
	"errors"
	"sync/atomic"

	"golang.org/x/sys/unix"
)

// readFast reads name with openat2(2) under the directory's descriptor,
// resolving it RESOLVE_BENEATH (no component, link target or ".." may
// leave the directory; the kernel checks it, as os.Root does in user
// space) and with RESOLVE_NO_MAGICLINKS, opened O_NONBLOCK like Open. It
// saves what os.Root's generic path costs on every file: resolving the
// path in user space, registering the descriptor with the poller (which
// Linux refuses for regular files: one failed epoll_ctl each), the
// os.File and its finaliser, and a second read to meet end of file. At
// 149,000 files that was ~15% of a load's system calls.
//
// It handles only the common case, a regular file within the size limit:
// ok is false for anything else (an error of any kind, a link out of the
// directory, a pipe, a file over max, a kernel without openat2), and the
// caller then takes the generic path, which decides and words the error
// exactly as before.
func (d *DirFS) readFast(ctx context.Context, name string, max int64, buf []byte) (data []byte, ok bool, err error) {
	if d.dirfd < 0 || noOpenat2.Load() {
		return nil, false, nil
	}
	var fd int
	for {
		fd, err = unix.Openat2(d.dirfd, name, &unix.OpenHow{
			Flags:   unix.O_RDONLY | unix.O_NONBLOCK | unix.O_CLOEXEC | unix.O_NOCTTY,
			Resolve: unix.RESOLVE_BENEATH | unix.RESOLVE_NO_MAGICLINKS,
		})
		if err != unix.EINTR {
			break
		}
	}
	if err != nil {
		if errors.Is(err, unix.ENOSYS) {
			noOpenat2.Store(true) // a kernel before 5.6, or a filter that hides the call
		}
		return nil, false, nil
	}
	defer unix.Close(fd)
	var st unix.Stat_t
	if err := unix.Fstat(fd, &st); err != nil || st.Mode&unix.S_IFMT != unix.S_IFREG || st.Size > max {
		return nil, false, nil
	}
	size := st.Size
	buf = buf[:0]
	if int64(cap(buf)) < size+1 {
		buf = make([]byte, 0, size+1)
	}
	for {
		if err := ctx.Err(); err != nil {
			return nil, true, err
		}
		if len(buf) == cap(buf) {
			buf = append(buf, 0)[:len(buf)]
		}
		n, err := unix.Read(fd, buf[len(buf):cap(buf)])
		if err == unix.EINTR {
			continue
		}
		if err != nil {
			return nil, false, nil
		}
		buf = buf[:len(buf)+n]
		if int64(len(buf)) > max {
			return nil, false, nil // grew past the limit since fstat: the generic path says so
		}
		// At end of file, or once the size fstat gave is read: a file
		// that grows while it is read is read as it was when opened.
		if n == 0 || int64(len(buf)) >= size {
			return buf, true, nil
		}
	}
}

// noOpenat2 is set once openat2 turns out to be missing.
var noOpenat2 atomic.Bool
