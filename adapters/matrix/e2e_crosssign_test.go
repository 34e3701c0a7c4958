//go:build goolm || libolm

package matrix_test

import (
	"context"
	"path/filepath"
	"testing"

	"maunium.net/go/mautrix/id"

	"github.com/stancebot/stancebot/store"
)

// deviceTrust is how another user's client (alice's) sees a device of the
// bot: her crypto machine fetches the bot's keys and checks the device's
// cross-signing signatures.
func deviceTrust(t *testing.T, c *cryptoClient, user id.UserID, device id.DeviceID) id.TrustState {
	t.Helper()
	ctx := context.Background()
	mach := c.helper.Machine()
	if _, err := mach.FetchKeys(ctx, []id.UserID{user}, true); err != nil {
		t.Fatalf("fetch keys: %v", err)
	}
	d, err := mach.GetOrFetchDevice(ctx, user, device)
	if err != nil {
		t.Fatalf("fetch device %s: %v", device, err)
	}
	trust, err := mach.ResolveTrustContext(ctx, d)
	if err != nil {
		t.Fatalf("resolve trust: %v", err)
	}
	return trust
}

// On first start the bot generates cross-signing keys (uploading them with
// its password) and signs its device: another client sees the device as
// cross-signed. A second device of the bot, given the recovery key in the
// config, is cross-signed too; a wrong recovery key stops the start.
func TestBotDeviceIsCrossSigned(t *testing.T) {
	e := newEnv(t)
	var recovery string
	e.opts.OnRecoveryKey = func(k string) { recovery = k }
	e.startBot()
	first := e.adapter.DeviceID()
	if recovery == "" {
		t.Fatal("no recovery key was generated")
	}
	alice := newCryptoClient(t, e)
	if trust := deviceTrust(t, alice, e.botUser.ID, first); trust < id.TrustStateCrossSignedTOFU {
		t.Fatalf("the bot's device is %s to another client, want cross-signed", trust)
	}
	e.stopBot()

	// A new device (a fresh database logs in again) verified with the key.
	e.storePath = filepath.Join(t.TempDir(), "second.db")
	e.cfg.RecoveryKey = recovery
	e.opts.OnRecoveryKey = func(string) { t.Error("a second recovery key was generated") }
	e.startBot()
	second := e.adapter.DeviceID()
	if second == first {
		t.Fatal("the second start reused the device")
	}
	if trust := deviceTrust(t, alice, e.botUser.ID, second); trust < id.TrustStateCrossSignedTOFU {
		t.Errorf("the second device is %s, want cross-signed", trust)
	}
	e.stopBot()

	// A wrong key is a configuration error.
	e.storePath = filepath.Join(t.TempDir(), "third.db")
	e.cfg.RecoveryKey = "EsTc 1234 5678 9abc defg hijk mnop qrst uvwx yzAB CDEF GHJK LMNP"
	st, err := store.Open(e.storePath)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	a, err := newAdapter(e, st)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	if err := a.Run(ctx); err == nil {
		t.Error("a wrong recovery key did not stop the start")
	}
}
