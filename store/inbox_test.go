package store

import (
	"testing"

	"github.com/stancebot/stancebot/inbox"
	"github.com/stancebot/stancebot/inbox/inboxtest"
	"github.com/stancebot/stancebot/store/storetest"
)

// TestInbox runs the inbox's conformance suite on every engine, each
// subtest on a new, empty database.
func TestInbox(t *testing.T) {
	for _, e := range storetest.Engines() {
		t.Run(e.Name, func(t *testing.T) {
			inboxtest.Run(t, func(t *testing.T) inbox.Inbox {
				s, err := Open(e.Location(t))
				if err != nil {
					t.Fatal(err)
				}
				t.Cleanup(func() { s.Close() })
				return s
			})
		})
	}
}
