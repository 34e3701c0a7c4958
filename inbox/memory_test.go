package inbox_test

import (
	"testing"

	"github.com/stancebot/stancebot/inbox"
	"github.com/stancebot/stancebot/inbox/inboxtest"
)

func TestMemory(t *testing.T) {
	inboxtest.Run(t, func(*testing.T) inbox.Inbox { return inbox.NewMemory() })
}
