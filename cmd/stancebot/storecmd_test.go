package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stancebot/stancebot/config"
	"github.com/stancebot/stancebot/store"
)

// damagedDataDir makes a data directory whose database held state and is
// then damaged by damage.
func damagedDataDir(t *testing.T, damage func(path string) error) (dir, path string) {
	t.Helper()
	dir = t.TempDir()
	path = filepath.Join(dir, "stancebot.db")
	st, err := store.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	for i := range 300 {
		if err := st.Put(context.Background(), fmt.Sprintf("k%03d", i), strings.Repeat("x", 400)); err != nil {
			t.Fatal(err)
		}
	}
	st.Close()
	if err := damage(path); err != nil {
		t.Fatal(err)
	}
	return dir, path
}

func garbleMiddle(path string) error {
	f, err := os.OpenFile(path, os.O_WRONLY, 0)
	if err != nil {
		return err
	}
	defer f.Close()
	fi, _ := f.Stat()
	// Two thirds in: past the empty tables' root pages every migration
	// adds, inside the kv rows written above.
	_, err = f.WriteAt([]byte(strings.Repeat("\x00\xffjunk", 4096)), fi.Size()*2/3)
	return err
}

func TestServeRefusesDamagedDatabase(t *testing.T) {
	tests := []struct {
		name   string
		damage func(string) error
		want   []string
	}{
		{"corrupted", garbleMiddle, []string{"is damaged", "integrity check"}},
		{"emptied", func(p string) error { return os.Truncate(p, 0) }, []string{"is damaged", "0 bytes", "subscriptions"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir, _ := damagedDataDir(t, tt.damage)
			cfg, err := config.Load(writeConfig(t, "listen: 127.0.0.1:0\ndata_dir: "+dir+"\n"))
			if err != nil {
				t.Fatal(err)
			}
			var logs lockedBuffer
			m := NewMain(cfg, newLogger(cfg, &logs))
			m.Answer = echoBot{}
			ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
			defer cancel()
			if code := serve(ctx, m); code != exitRuntime {
				t.Errorf("exit %d, want %d", code, exitRuntime)
			}
			for _, w := range append(tt.want, "stancebot store check", "stancebot store backup", "stancebot store reset") {
				if !strings.Contains(logs.String(), w) {
					t.Errorf("log does not say %q:\n%s", w, logs.String())
				}
			}
		})
	}
}

func TestStoreCommandsRecoverADamagedDatabase(t *testing.T) {
	dir, path := damagedDataDir(t, garbleMiddle)
	// The config references a secret that is not set: recovery must not need it.
	cfgFile := writeConfig(t, "data_dir: "+dir+"\nslack:\n  bot_token: ${STANCEBOT_TEST_UNSET_TOKEN}\n")
	runCmd := func(args ...string) (int, string) {
		var out, errOut strings.Builder
		code := run(context.Background(), args, strings.NewReader(""), &out, &errOut)
		return code, out.String() + errOut.String()
	}
	if code, out := runCmd("store", "check", "--config", cfgFile); code != 1 || !strings.Contains(out, "DAMAGED") || !strings.Contains(out, "kv") {
		t.Fatalf("check: exit %d\n%s", code, out)
	}
	backup := filepath.Join(t.TempDir(), "b.db")
	if code, out := runCmd("store", "backup", "--config", cfgFile, "--to", backup); code != 0 || !strings.Contains(out, backup) {
		t.Fatalf("backup: exit %d\n%s", code, out)
	}
	if code, out := runCmd("store", "reset", "--config", cfgFile); code != 0 || !strings.Contains(out, "moved aside: "+path+".damaged-") {
		t.Fatalf("reset: exit %d\n%s", code, out)
	}
	if code, out := runCmd("store", "check", "--db", path); code != 0 || !strings.Contains(out, "integrity: ok") {
		t.Fatalf("check after reset: exit %d\n%s", code, out)
	}
	if code, out := runCmd("store", "reset", "--db", path); code != 1 || !strings.Contains(out, "--force") {
		t.Fatalf("reset of a sound database: exit %d\n%s", code, out)
	}
	if code, _ := runCmd("store", "frobnicate"); code != 2 {
		t.Errorf("unknown subcommand: exit %d, want 2", code)
	}
}
