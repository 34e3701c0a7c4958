package store

import (
	"os"
	"os/exec"
	"path/filepath"
	"syscall"
	"testing"
)

// Root ignores file permission bits, and CI runs as root, so a test that
// needs a read-only file or directory cannot just chmod it and open it in
// this process. runUnprivileged instead runs this test binary again as an
// unprivileged user (uid/gid 65534, "nobody") when we are root, and as
// ourselves otherwise, so the kernel really refuses the write: no
// simulation of the failure. The child runs only the test named by run,
// which does its work when STORE_HELPER is set. dir is made traversable
// and owned by that user so the child can reach what the test prepared.
func runUnprivileged(t *testing.T, dir, run string, env ...string) (string, error) {
	t.Helper()
	self, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	binDir, err := os.MkdirTemp("", "stancebot-helper-")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(binDir) })
	bin := filepath.Join(binDir, "store.test")
	if err := copyFile(self, bin); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(bin, 0o755); err != nil {
		t.Fatal(err)
	}
	for _, d := range []string{binDir, dir} {
		if err := os.Chmod(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	cmd := exec.Command(bin, "-test.run=^"+run+"$", "-test.count=1")
	cmd.Env = append(os.Environ(), append([]string{"STORE_HELPER=1"}, env...)...)
	if os.Geteuid() == 0 {
		cmd.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: 65534, Gid: 65534}}
	}
	out, err := cmd.CombinedOutput()
	return string(out), err
}

// unprivilegedOwner gives path to the user runUnprivileged runs as.
func unprivilegedOwner(t *testing.T, path string) {
	t.Helper()
	if os.Geteuid() == 0 {
		if err := os.Lchown(path, 65534, 65534); err != nil {
			t.Fatal(err)
		}
	}
}

// unprivilegedDir is a temporary directory the unprivileged user can
// reach (t.TempDir's parent is private to us).
func unprivilegedDir(t *testing.T) string {
	t.Helper()
	dir, err := os.MkdirTemp("", "stancebot-store-")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		filepath.Walk(dir, func(p string, _ os.FileInfo, _ error) error { os.Chmod(p, 0o755); return nil })
		os.RemoveAll(dir)
	})
	if err := os.Chmod(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	return dir
}
