package console

import (
	"bufio"
	"bytes"
	"errors"
	"io"
)

// MaxLine is the longest question line the console takes, in bytes.
const MaxLine = 1 << 20

// readLine reads one line (without its "\n" or "\r\n"). A line longer
// than MaxLine is read to its end and dropped, and reported with tooLong,
// so the caller can answer it and go on: bufio.Scanner would instead stop
// the whole session with "token too long". Memory stays bounded by
// MaxLine whatever the line's length. At the end of input it returns
// io.EOF; a last line without a newline is returned first.
func readLine(r *bufio.Reader) (line string, tooLong bool, err error) {
	var buf []byte
	for {
		chunk, err := r.ReadSlice('\n')
		if !tooLong {
			buf = append(buf, chunk...)
			if len(buf) > MaxLine+2 { // room for "\r\n"
				tooLong, buf = true, nil
			}
		}
		switch {
		case errors.Is(err, bufio.ErrBufferFull):
			continue
		case err == nil, errors.Is(err, io.EOF):
			if errors.Is(err, io.EOF) && len(buf) == 0 && !tooLong {
				return "", false, io.EOF
			}
			buf = bytes.TrimSuffix(bytes.TrimSuffix(buf, []byte("\n")), []byte("\r"))
			if len(buf) > MaxLine {
				return "", true, nil
			}
			return string(buf), tooLong, nil
		default:
			return "", false, err
		}
	}
}
