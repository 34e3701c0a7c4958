package schedule

import (
	"os"
	"testing"

	"github.com/stancebot/stancebot/store/storetest"
)

// TestMain stops the PostgreSQL storetest may have started.
func TestMain(m *testing.M) { os.Exit(storetest.Run(m)) }

// TestOnPostgres runs the scheduler's ledger scenarios again with the
// ledger on PostgreSQL: the same claims, retries and restarts.
func TestOnPostgres(t *testing.T) {
	storetest.PostgresURL(t) // skip (or fail in CI) now when there is no PostgreSQL
	prev := storeLocation
	used := 0
	storeLocation = func(t *testing.T) string { used++; return storetest.PostgresURL(t) }
	defer func() { storeLocation = prev }()
	for _, tc := range []struct {
		name string
		f    func(*testing.T)
	}{
		{"RestartInTheMiddleOfASlot", TestRestartInTheMiddleOfASlot},
		{"RestartAfterAMissedSlot", TestRestartAfterAMissedSlot},
		{"NewDigestJobDoesNotReplayThePast", TestNewDigestJobDoesNotReplayThePast},
		{"FailingTargetIsRetriedWithoutBlockingOthers", TestFailingTargetIsRetriedWithoutBlockingOthers},
		{"GivesUpAfterMaxAttempts", TestGivesUpAfterMaxAttempts},
		{"NewMarkingAcrossDigests", TestNewMarkingAcrossDigests},
		{"SubscriptionsAreScheduled", TestSubscriptionsAreScheduled},
		{"DSTInBrussels", TestDSTInBrussels},
	} {
		t.Run(tc.name, tc.f)
	}
	if used == 0 {
		t.Error("no scenario opened a PostgreSQL store")
	}
}
