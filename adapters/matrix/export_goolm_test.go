//go:build goolm || libolm

package matrix

import (
	"context"

	"maunium.net/go/mautrix/event"
)

// DecryptForTest decrypts evt with the adapter's own crypto store, to
// show which room keys this device holds.
func (a *Adapter) DecryptForTest(ctx context.Context, evt *event.Event) (*event.Event, error) {
	a.decryptMu.Lock()
	defer a.decryptMu.Unlock()
	return a.cli.Crypto.Decrypt(ctx, evt)
}
