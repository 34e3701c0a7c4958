package store

import (
	"path/filepath"
	"testing"

	"github.com/stancebot/stancebot/inbox"
	"github.com/stancebot/stancebot/inbox/inboxtest"
)

func TestInbox(t *testing.T) {
	inboxtest.Run(t, func(t *testing.T) inbox.Inbox {
		s, err := Open(filepath.Join(t.TempDir(), "inbox.db"))
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { s.Close() })
		return s
	})
}
