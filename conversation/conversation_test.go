package conversation_test

import (
	"testing"
	"time"

	"github.com/stancebot/stancebot/conversation"
	"github.com/stancebot/stancebot/conversation/conversationtest"
)

func TestMemory(t *testing.T) {
	conversationtest.Run(t, func(t *testing.T, ttl time.Duration, now func() time.Time) conversation.Store {
		return &conversation.Memory{TTL: ttl, Now: now}
	})
}
