//go:build !unix

package corpus

import "io/fs"

func (d *DirFS) openDirList(dir string) (fs.File, error) { return d.Open(dir) }
