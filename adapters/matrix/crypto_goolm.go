//go:build goolm || libolm

package matrix

import (
	"context"
	"fmt"

	"maunium.net/go/mautrix/crypto/cryptohelper"
	"maunium.net/go/mautrix/event"

	"github.com/stancebot/stancebot/metrics"
)

// cryptoAvailable reports whether this binary can do end-to-end encryption.
const cryptoAvailable = true

// cryptoState holds the encryption machinery of a running adapter.
type cryptoState struct {
	enabled bool
	backup  *keyBackup // nil: no server-side key backup in use
}

// initCrypto sets up mautrix's crypto helper over the store's database, so
// Olm/Megolm keys survive restarts with the device they belong to.
func (a *Adapter) initCrypto(ctx context.Context) error {
	key, err := a.pickleKey(ctx)
	if err != nil {
		return err
	}
	helper, err := cryptohelper.NewCryptoHelper(a.cli, key, a.db)
	if err != nil {
		return fmt.Errorf("create crypto helper: %w", err)
	}
	// One crypto account per device: a new access token for another device
	// starts with fresh keys instead of failing on a device ID mismatch.
	helper.DBAccountID = string(a.userID) + "|" + string(a.cli.DeviceID)
	helper.DecryptErrorCallback = func(evt *event.Event, err error) {
		metrics.AdapterError(platform, "decrypt")
		a.log.Warn("cannot decrypt event", "room", evt.RoomID, "event_id", evt.ID, "sender", evt.Sender, "err", err)
	}
	if err := helper.Init(ctx); err != nil {
		return fmt.Errorf("init crypto: %w", err)
	}
	a.cli.Crypto = helper
	a.crypto = cryptoState{enabled: true}
	recoveryKey, err := a.setupCrossSigning(ctx, helper.Machine())
	if err != nil {
		if a.cfg.RecoveryKey != "" {
			return err // a configured key that does not work is a configuration error
		}
		a.log.Error("cross-signing not set up; clients that only trust verified devices will not share room keys", "err", err)
	}
	// A backup that cannot be used does not stop the bot: it answers as
	// before, and a new device of it would not read older messages.
	kb, err := a.setupKeyBackup(ctx, helper.Machine(), recoveryKey)
	if err != nil {
		metrics.AdapterError(platform, "key_backup")
		a.log.Error("server-side key backup not in use; a new device of the bot will not read earlier encrypted messages", "err", err)
	}
	a.crypto.backup = kb
	return nil
}
