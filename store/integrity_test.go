package store

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stancebot/stancebot/inbox"
)

// filledStore makes a database with enough rows to span many pages and
// closes it, so the file is checkpointed and complete on disk.
func filledStore(t *testing.T) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "stancebot.db")
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	for i := range 400 {
		if err := s.Put(ctx, fmt.Sprintf("key-%04d", i), strings.Repeat("v", 300)); err != nil {
			t.Fatal(err)
		}
		if _, err := s.Record(ctx, inbox.Event{Platform: "slack", ID: fmt.Sprintf("Ev%04d", i), Received: time.Now()}); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	return path
}

func overwrite(t *testing.T, path string, off int64, b []byte) {
	t.Helper()
	f, err := os.OpenFile(path, os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if _, err := f.WriteAt(b, off); err != nil {
		t.Fatal(err)
	}
}

func TestOpenRefusesDamagedDatabase(t *testing.T) {
	tests := []struct {
		name   string
		damage func(t *testing.T, path string)
		want   []string
	}{
		{"header overwritten", func(t *testing.T, path string) {
			overwrite(t, path, 0, []byte(strings.Repeat("not a database ", 8)))
		}, []string{"not a database"}},
		{"pages overwritten", func(t *testing.T, path string) {
			fi, _ := os.Stat(path)
			// Garbage over the middle of the file: b-tree pages, not the header.
			overwrite(t, path, fi.Size()/2, []byte(strings.Repeat("\xff\x00garbage", 2048)))
		}, []string{"integrity check"}},
		{"emptied", func(t *testing.T, path string) {
			if err := os.Truncate(path, 0); err != nil {
				t.Fatal(err)
			}
		}, []string{"0 bytes", "answered events", "subscriptions", "digest ledger", "Matrix"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filledStore(t)
			tt.damage(t, path)
			s, err := Open(path)
			if err == nil {
				s.Close()
				t.Fatal("a damaged database was opened")
			}
			var de *DamageError
			if !errors.As(err, &de) {
				t.Fatalf("error %v is not a DamageError", err)
			}
			for _, w := range append(tt.want, "stancebot store check", "stancebot store backup", "stancebot store reset") {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error does not mention %q:\n%v", w, err)
				}
			}
			if fi, err := os.Stat(path); err != nil || (tt.name == "emptied" && fi.Size() != 0) {
				t.Errorf("Open changed the damaged file: %v %v", fi, err)
			}
		})
	}
}

func TestOpenNewDatabaseInUnwritableDirSaysPermissionDenied(t *testing.T) {
	if os.Getenv("STORE_HELPER") != "" {
		_, err := Open(filepath.Join(os.Getenv("STORE_DIR"), "stancebot.db"))
		fmt.Printf("OPEN ERROR: %v\n", err)
		return
	}
	base := unprivilegedDir(t)
	dir := filepath.Join(base, "data")
	if err := os.Mkdir(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	unprivilegedOwner(t, dir)
	if err := os.Chmod(dir, 0o555); err != nil { // read-only and empty
		t.Fatal(err)
	}
	out, err := runUnprivileged(t, base, "TestOpenNewDatabaseInUnwritableDirSaysPermissionDenied", "STORE_DIR="+dir)
	if err != nil {
		t.Fatalf("helper: %v\n%s", err, out)
	}
	if !strings.Contains(out, "OPEN ERROR: ") || strings.Contains(out, "OPEN ERROR: <nil>") {
		t.Fatalf("no open error reported:\n%s", out)
	}
	if !strings.Contains(out, "permission denied") || strings.Contains(out, "no such file") {
		t.Errorf("want \"permission denied\", not \"no such file\":\n%s", out)
	}
}

func TestCheckBackupResetDamagedDatabase(t *testing.T) {
	ctx := context.Background()
	path := filledStore(t)
	sound, err := Check(ctx, path)
	if err != nil || !sound.OK() || sound.Rows["kv"] != 400 || sound.Rows["inbox"] != 400 {
		t.Fatalf("Check of a sound database: %+v, %v", sound, err)
	}
	if _, err := Reset(path, false, time.Now()); !errors.Is(err, ErrSound) {
		t.Fatalf("Reset of a sound database without force: %v, want ErrSound", err)
	}
	fi, _ := os.Stat(path)
	overwrite(t, path, fi.Size()/2, []byte(strings.Repeat("\xff\x00garbage", 2048)))

	r, err := Check(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	if r.OK() {
		t.Fatal("Check found nothing wrong with a damaged database")
	}
	backup := filepath.Join(t.TempDir(), "copy.db")
	if _, err := Backup(ctx, path, backup); err != nil {
		t.Fatal(err)
	}
	if bi, err := os.Stat(backup); err != nil || bi.Size() == 0 {
		t.Fatalf("backup: %v %v", bi, err)
	}
	if _, err := Backup(ctx, path, backup); err == nil {
		t.Error("Backup overwrote an existing file")
	}
	moved, err := Reset(path, false, time.Date(2026, 11, 30, 4, 5, 6, 0, time.UTC))
	if err != nil {
		t.Fatal(err)
	}
	if len(moved) == 0 || moved[0] != path+".damaged-20261130T040506Z" {
		t.Fatalf("moved %v", moved)
	}
	if mi, err := os.Stat(moved[0]); err != nil || mi.Size() != fi.Size() {
		t.Errorf("the damaged file was not kept as it was: %v %v", mi, err)
	}
	s, err := Open(path)
	if err != nil {
		t.Fatalf("Open after Reset: %v", err)
	}
	defer s.Close()
	if _, err := s.Get(ctx, "key-0001"); !errors.Is(err, ErrNotFound) {
		t.Errorf("the reset database is not empty: %v", err)
	}
}

func TestBackupOfEmptiedDatabaseCopiesBytes(t *testing.T) {
	path := filledStore(t)
	if err := os.Truncate(path, 0); err != nil {
		t.Fatal(err)
	}
	r, err := Check(context.Background(), path)
	if err != nil || r.OK() || !strings.Contains(strings.Join(r.Problems, " "), "0 bytes") {
		t.Fatalf("Check of an empty file: %+v %v", r, err)
	}
	backup := filepath.Join(t.TempDir(), "copy.db")
	method, err := Backup(context.Background(), path, backup)
	if err != nil {
		t.Fatal(err)
	}
	if bi, err := os.Stat(backup); err != nil || bi.Size() != 0 {
		t.Errorf("backup of an empty file: %v %v (%s)", bi, err, method)
	}
	if _, err := Reset(path, false, time.Now()); err != nil {
		t.Fatalf("Reset of an emptied database: %v", err)
	}
}

func TestResetOfMissingDatabaseCreatesIt(t *testing.T) {
	path := filepath.Join(t.TempDir(), "stancebot.db")
	moved, err := Reset(path, true, time.Now())
	if err != nil || len(moved) != 0 {
		t.Fatalf("Reset of a missing database: moved %v, %v", moved, err)
	}
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
}
