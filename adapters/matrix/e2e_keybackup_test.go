//go:build goolm || libolm

package matrix_test

import (
	"context"
	"encoding/base64"
	"strings"
	"testing"
	"time"

	"maunium.net/go/mautrix"
	"maunium.net/go/mautrix/crypto/backup"
	"maunium.net/go/mautrix/crypto/signatures"
	"maunium.net/go/mautrix/event"
	"maunium.net/go/mautrix/id"
)

// encryptedDM has alice's crypto client create an encrypted DM with the
// bot and wait until her client knows the bot joined.
func encryptedDM(t *testing.T, e *env, alice *cryptoClient) id.RoomID {
	t.Helper()
	resp, err := alice.cli.CreateRoom(context.Background(), &mautrix.ReqCreateRoom{
		Preset:   "trusted_private_chat",
		IsDirect: true,
		Invite:   []id.UserID{e.botUser.ID},
		InitialState: []*event.Event{{
			Type:    event.StateEncryption,
			Content: event.Content{Parsed: &event.EncryptionEventContent{Algorithm: id.AlgorithmMegolmV1}},
		}},
	})
	if err != nil {
		t.Fatal(err)
	}
	waitJoined(t, alice.cli, resp.RoomID, e.botUser.ID)
	waitFor(t, "alice's client to see the bot in the room", func() (bool, error) {
		return alice.cli.StateStore.IsInRoom(context.Background(), resp.RoomID, e.botUser.ID), nil
	})
	return resp.RoomID
}

// encryptedEvent returns the room's encrypted event with the given ID.
func encryptedEvent(t *testing.T, cli *mautrix.Client, room id.RoomID, evtID id.EventID) *event.Event {
	t.Helper()
	for _, evt := range roomEvents(t, cli, room) {
		if evt.ID == evtID {
			if evt.Type != event.EventEncrypted {
				t.Fatalf("event %s is %s, want m.room.encrypted", evtID, evt.Type)
			}
			return evt
		}
	}
	t.Fatalf("event %s not in the room", evtID)
	return nil
}

// The bot backs up its room keys on the server: a new device of the bot
// (a fresh database) given the recovery key restores them and decrypts
// messages sent before it existed — alice's question and the bot's own
// reply. A new device without the recovery key cannot, which is what the
// backup is for. The backup version is signed by the bot's master
// cross-signing key, so other clients of the account trust it.
func TestKeyBackupRestoresRoomKeysOnANewDevice(t *testing.T) {
	ctx := context.Background()
	e := newEnv(t)
	e.opts.KeyBackupInterval = 200 * time.Millisecond
	var recovery string
	e.opts.OnRecoveryKey = func(k string) { recovery = k }
	e.startBot()
	first := e.adapter.DeviceID()
	if recovery == "" {
		t.Fatal("no recovery key was generated")
	}

	// The version exists, and its auth_data is signed by the master key
	// another client fetches for the bot.
	version, err := e.botUser.Client.GetKeyBackupLatestVersion(ctx)
	if err != nil {
		t.Fatalf("no key backup version after the first start: %v", err)
	}
	alice := newCryptoClient(t, e)
	pub, err := alice.helper.Machine().GetCrossSigningPublicKeys(ctx, e.botUser.ID)
	if err != nil || pub == nil {
		t.Fatalf("alice cannot fetch the bot's cross-signing keys: %v", err)
	}
	ok, err := signatures.VerifySignatureJSON(version.AuthData, e.botUser.ID, pub.MasterKey.String(), pub.MasterKey)
	if err != nil || !ok {
		t.Errorf("key backup auth_data not signed by the bot's master key (ok=%v, err=%v): %+v", ok, err, version.AuthData)
	}

	room := encryptedDM(t, e, alice)
	question := "what does Peru say on attribution?"
	sent, err := alice.cli.SendMessageEvent(ctx, room, event.EventMessage, text(question))
	if err != nil {
		t.Fatal(err)
	}
	var reply *event.Event
	waitFor(t, "a decrypted reply", func() (bool, error) {
		if r := alice.decryptedRepliesTo(e.botUser.ID, sent.EventID); len(r) > 0 {
			reply = r[0]
		}
		return reply != nil, nil
	})
	// alice's session and the bot's own outbound session, both backed up.
	waitFor(t, "two room keys in the backup", func() (bool, error) {
		v, err := e.botUser.Client.GetKeyBackupLatestVersion(ctx)
		return err == nil && v.Count >= 2, err
	})
	e.stopBot()

	// A new device without the recovery key holds no keys for them.
	e.storePath = storeLocation(t) // a new database: SQLite file or PostgreSQL schema
	e.opts.OnRecoveryKey = func(string) { t.Error("a second recovery key was generated") }
	e.startBot()
	if e.adapter.DeviceID() == first {
		t.Fatal("a fresh database reused the device")
	}
	if _, err := e.adapter.DecryptForTest(ctx, encryptedEvent(t, alice.cli, room, sent.EventID)); err == nil {
		t.Fatal("a new device without the recovery key decrypted an earlier message: the test shows nothing")
	}
	e.stopBot()

	// A new device with the recovery key restores the keys and reads both.
	e.storePath = storeLocation(t)
	e.cfg.RecoveryKey = recovery
	e.startBot()
	if e.adapter.DeviceID() == first {
		t.Fatal("a fresh database reused the device")
	}
	if !e.logged("room keys restored from key backup", "version="+string(version.Version)) {
		t.Error("the new device did not log a restore from the backup version")
	}
	for name, evtID := range map[string]id.EventID{"alice's question": sent.EventID, "the bot's reply": reply.ID} {
		dec, err := e.adapter.DecryptForTest(ctx, encryptedEvent(t, alice.cli, room, evtID))
		if err != nil {
			t.Errorf("%s: the restored device cannot decrypt it: %v", name, err)
			continue
		}
		if err := dec.Content.ParseRaw(dec.Type); err != nil && !strings.Contains(err.Error(), "already parsed") {
			t.Fatal(err)
		}
		body := dec.Content.AsMessage().Body
		want := question
		if evtID == reply.ID {
			want = reply.Content.AsMessage().Body
		}
		if body != want {
			t.Errorf("%s decrypted to %q, want %q", name, body, want)
		}
	}
	// The restored device uses the same version and uploads nothing back:
	// what it restored is marked as in the backup, and the question its
	// first sync saw again was answered by the first device already.
	before, _ := e.botUser.Client.GetKeyBackupLatestVersion(ctx)
	time.Sleep(600 * time.Millisecond) // three upload rounds
	after, err := e.botUser.Client.GetKeyBackupLatestVersion(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if after.Version != version.Version {
		t.Errorf("backup version after restore = %s, want %s (no new version)", after.Version, version.Version)
	}
	if after.Count != before.Count {
		t.Errorf("backup count went %d → %d with nothing new to back up", before.Count, after.Count)
	}
	marker, err := alice.cli.SendMessageEvent(ctx, room, event.EventMessage, text("!stance marker"))
	if err != nil {
		t.Fatal(err)
	}
	waitFor(t, "the restored device to answer a new question", func() (bool, error) {
		return len(alice.decryptedRepliesTo(e.botUser.ID, marker.EventID)) > 0, nil
	})
	if n := len(alice.decryptedRepliesTo(e.botUser.ID, sent.EventID)); n != 1 {
		t.Errorf("%d replies to the question asked before the restore, want 1 (the new device answered it again)", n)
	}
	// The new device's own room key reaches the backup too.
	waitFor(t, "the restored device's room key in the backup", func() (bool, error) {
		v, err := e.botUser.Client.GetKeyBackupLatestVersion(ctx)
		return err == nil && v.Count > after.Count, err
	})
}

// A backup version the recovery key cannot open (another client replaced
// the backup, and its key is not in secret storage) is not written to nor
// replaced: the bot says so and answers as before.
func TestKeyBackupLeavesAForeignBackupAlone(t *testing.T) {
	ctx := context.Background()
	e := newEnv(t)
	var recovery string
	e.opts.OnRecoveryKey = func(k string) { recovery = k }
	e.startBot()
	e.stopBot()

	other, err := backup.NewMegolmBackupKey()
	if err != nil {
		t.Fatal(err)
	}
	foreign, err := e.botUser.Client.CreateKeyBackupVersion(ctx, &mautrix.ReqRoomKeysVersionCreate[backup.MegolmAuthData]{
		Algorithm: id.KeyBackupAlgorithmMegolmBackupV1,
		AuthData:  backup.MegolmAuthData{PublicKey: id.Ed25519(base64.RawStdEncoding.EncodeToString(other.PublicKey().Bytes()))},
	})
	if err != nil {
		t.Fatal(err)
	}

	e.storePath = storeLocation(t)
	e.cfg.RecoveryKey = recovery
	e.startBot()
	if !e.logged("server-side key backup not in use", "version "+string(foreign.Version)) {
		t.Error("no log line saying the foreign backup is not used")
	}
	room := e.dmRoom()
	e.ask(room, "!stance still answering?")
	latest, err := e.botUser.Client.GetKeyBackupLatestVersion(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if latest.Version != foreign.Version || latest.Count != 0 {
		t.Errorf("latest backup = version %s with %d keys, want the foreign %s untouched", latest.Version, latest.Count, foreign.Version)
	}
}
