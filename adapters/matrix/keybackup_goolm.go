//go:build goolm || libolm

package matrix

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"sync"
	"time"

	"maunium.net/go/mautrix"
	"maunium.net/go/mautrix/crypto"
	"maunium.net/go/mautrix/crypto/backup"
	"maunium.net/go/mautrix/crypto/signatures"
	"maunium.net/go/mautrix/crypto/ssss"
	"maunium.net/go/mautrix/event"
	"maunium.net/go/mautrix/id"

	"github.com/stancebot/stancebot/metrics"
)

// Server-side key backup (the spec's m.megolm_backup.v1.curve25519-aes-sha2)
// of the bot's room keys, so a new device of the bot — a lost database, a
// new replica, a move — reads what was said in encrypted rooms before it
// existed. Everything cryptographic is mautrix's: backup.NewMegolmBackupKey,
// backup.EncryptSessionData, EncryptedSessionData.Decrypt,
// OlmMachine.ImportRoomKeyFromBackup, secret storage (ssss) for the backup's
// private key and the master cross-signing key's SignJSON for the version's
// auth_data. What is ours is only the bookkeeping mautrix v0.26 leaves to its
// callers: which version to use, when to upload, and which sessions are in.
//
// The backup key lives in secret storage under m.megolm_backup.v1, opened
// with matrix.recovery_key, as Element keeps it; a copy is kept in the
// crypto store so a restart without the recovery key keeps uploading.

// keyBackupBatch is how many sessions go in one PUT /room_keys/keys.
const keyBackupBatch = 100

// keyBackup is the backup version the adapter uploads to, with its key.
type keyBackup struct {
	mach    *crypto.OlmMachine
	version id.KeyBackupVersion
	key     *backup.MegolmBackupKey

	mu sync.Mutex // one upload at a time
}

// errBackupNotOurs means the account has a backup the bot cannot open.
var errBackupNotOurs = errors.New("the account's key backup was made with a key that is not in secret storage under this recovery key")

// setupKeyBackup finds or creates the account's key backup and restores the
// room keys this device does not have yet. recoveryKey opens secret
// storage; without it only a backup key this device stored earlier is used,
// and no backup is created. It returns nil (and logs why) when there is no
// backup to use.
func (a *Adapter) setupKeyBackup(ctx context.Context, mach *crypto.OlmMachine, recoveryKey string) (*keyBackup, error) {
	var ssssKey *ssss.Key
	if recoveryKey != "" {
		keyID, keyData, err := mach.SSSS.GetDefaultKeyData(ctx)
		if err != nil {
			return nil, fmt.Errorf("read secret storage key: %w", err)
		}
		if ssssKey, err = keyData.VerifyRecoveryKey(keyID, recoveryKey); err != nil {
			return nil, fmt.Errorf("open secret storage with the recovery key: %w", err)
		}
	}
	key, err := backupKey(ctx, mach, ssssKey)
	if err != nil {
		return nil, err
	}

	var version id.KeyBackupVersion
	latest, err := mach.Client.GetKeyBackupLatestVersion(ctx)
	switch {
	case errors.Is(err, mautrix.MNotFound):
		if ssssKey == nil || mach.CrossSigningKeys == nil {
			a.log.Info("no key backup: set matrix.recovery_key to create one", "device_id", a.cli.DeviceID)
			return nil, nil
		}
		if key == nil {
			if key, err = backup.NewMegolmBackupKey(); err != nil {
				return nil, fmt.Errorf("generate key backup key: %w", err)
			}
		}
		// The private key goes to secret storage before the version is
		// created: a version whose key is nowhere could never be read.
		if err := mach.SSSS.SetEncryptedAccountData(ctx, event.AccountDataMegolmBackupKey, key.Bytes(), ssssKey); err != nil {
			return nil, fmt.Errorf("store the key backup key in secret storage: %w", err)
		}
		if version, err = createBackupVersion(ctx, mach, key); err != nil {
			return nil, err
		}
		a.log.Info("key backup created", "version", version)
	case err != nil:
		return nil, fmt.Errorf("read the latest key backup version: %w", err)
	case latest.Algorithm != id.KeyBackupAlgorithmMegolmBackupV1:
		return nil, fmt.Errorf("the account's key backup %s uses %s, not %s", latest.Version, latest.Algorithm, id.KeyBackupAlgorithmMegolmBackupV1)
	case key == nil || latest.AuthData.PublicKey != backupPublicKey(key):
		// Trust by the derived public key is the spec's first rule; a
		// backup we cannot open is someone else's to replace, not ours.
		if key == nil && ssssKey == nil {
			a.log.Info("the account has a key backup; set matrix.recovery_key to use it", "version", latest.Version)
			return nil, nil
		}
		return nil, fmt.Errorf("version %s: %w", latest.Version, errBackupNotOurs)
	default:
		version = latest.Version
	}
	if err := mach.CryptoStore.PutSecret(ctx, id.SecretMegolmBackupV1, base64.RawStdEncoding.EncodeToString(key.Bytes())); err != nil {
		return nil, fmt.Errorf("keep the key backup key in the crypto store: %w", err)
	}
	kb := &keyBackup{mach: mach, version: version, key: key}
	// A device that has not read this version yet (a new device, or a new
	// version) restores from it once.
	if mach.KeyBackupVersion() != version {
		restored, failed, err := kb.restore(ctx)
		if err != nil {
			return nil, fmt.Errorf("restore room keys from key backup %s: %w", version, err)
		}
		if failed > 0 {
			metrics.AdapterError(platform, "key_backup")
		}
		a.log.Info("room keys restored from key backup", "version", version, "restored", restored, "failed", failed)
		if err := mach.SetKeyBackupVersion(ctx, version); err != nil {
			return nil, fmt.Errorf("record key backup version: %w", err)
		}
	}
	return kb, nil
}

// backupKey reads the backup's private key from secret storage (when
// ssssKey is given) or from this device's crypto store; nil when neither
// has one.
func backupKey(ctx context.Context, mach *crypto.OlmMachine, ssssKey *ssss.Key) (*backup.MegolmBackupKey, error) {
	if ssssKey != nil {
		raw, err := mach.SSSS.GetDecryptedAccountData(ctx, event.AccountDataMegolmBackupKey, ssssKey)
		switch {
		case errors.Is(err, mautrix.MNotFound):
		case err != nil:
			return nil, fmt.Errorf("read the key backup key from secret storage: %w", err)
		default:
			key, err := backup.MegolmBackupKeyFromBytes(raw)
			if err != nil {
				return nil, fmt.Errorf("key backup key in secret storage: %w", err)
			}
			return key, nil
		}
	}
	stored, err := mach.CryptoStore.GetSecret(ctx, id.SecretMegolmBackupV1)
	if err != nil || stored == "" {
		return nil, err
	}
	raw, err := base64.RawStdEncoding.DecodeString(stored)
	if err != nil {
		return nil, fmt.Errorf("key backup key in the crypto store: %w", err)
	}
	return backup.MegolmBackupKeyFromBytes(raw)
}

// backupPublicKey is the auth_data public_key of a backup made with key
// (mautrix types this curve25519 key as id.Ed25519).
func backupPublicKey(key *backup.MegolmBackupKey) id.Ed25519 {
	return id.Ed25519(base64.RawStdEncoding.EncodeToString(key.PublicKey().Bytes()))
}

// createBackupVersion creates a backup version for key, its auth_data
// signed by the master cross-signing key so the account's other clients
// (Element) trust it without the private key.
func createBackupVersion(ctx context.Context, mach *crypto.OlmMachine, key *backup.MegolmBackupKey) (id.KeyBackupVersion, error) {
	auth := backup.MegolmAuthData{PublicKey: backupPublicKey(key)}
	master := mach.CrossSigningKeys.MasterKey
	sig, err := master.SignJSON(auth) // signs without "signatures", as the spec wants
	if err != nil {
		return "", fmt.Errorf("sign key backup: %w", err)
	}
	auth.Signatures = signatures.NewSingleSignature(mach.Client.UserID, id.KeyAlgorithmEd25519, master.PublicKey().String(), sig)
	resp, err := mach.Client.CreateKeyBackupVersion(ctx, &mautrix.ReqRoomKeysVersionCreate[backup.MegolmAuthData]{
		Algorithm: id.KeyBackupAlgorithmMegolmBackupV1,
		AuthData:  auth,
	})
	if err != nil {
		return "", fmt.Errorf("create key backup version: %w", err)
	}
	return resp.Version, nil
}

// restore imports the backup's sessions this device lacks (or holds only
// from a later message index). It counts sessions imported and sessions
// that could not be decrypted or imported.
func (b *keyBackup) restore(ctx context.Context) (restored, failed int, err error) {
	keys, err := b.mach.Client.GetKeyBackup(ctx, b.version)
	if err != nil {
		return 0, 0, err
	}
	for room, rk := range keys.Rooms {
		for sessionID, data := range rk.Sessions {
			have, err := b.mach.CryptoStore.GetGroupSession(ctx, room, sessionID)
			if err == nil && have != nil && int(have.Internal.FirstKnownIndex()) <= data.FirstMessageIndex {
				continue // as good as the backup's copy
			}
			session, err := data.SessionData.Decrypt(b.key)
			if err != nil {
				failed++
				continue
			}
			if _, err := b.mach.ImportRoomKeyFromBackup(ctx, b.version, room, sessionID, session); err != nil {
				failed++
				continue
			}
			restored++
		}
	}
	return restored, failed, nil
}

// upload puts every session not yet in this backup version into it, then
// marks them as backed up. It returns how many were uploaded.
func (b *keyBackup) upload(ctx context.Context) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	pending, err := b.mach.CryptoStore.GetGroupSessionsWithoutKeyBackupVersion(ctx, b.version).AsList()
	if err != nil {
		return 0, fmt.Errorf("list room keys to back up: %w", err)
	}
	uploaded := 0
	for chunk := range slices.Chunk(pending, keyBackupBatch) {
		req := &mautrix.ReqKeyBackup{Rooms: map[id.RoomID]mautrix.ReqRoomKeyBackup{}}
		for _, s := range chunk {
			data, err := b.sessionData(s)
			if err != nil {
				return uploaded, err
			}
			room, ok := req.Rooms[s.RoomID]
			if !ok {
				room = mautrix.ReqRoomKeyBackup{Sessions: map[id.SessionID]mautrix.ReqKeyBackupData{}}
				req.Rooms[s.RoomID] = room
			}
			room.Sessions[s.ID()] = data
		}
		if _, err := b.mach.Client.PutKeysInBackup(ctx, b.version, req); err != nil {
			return uploaded, fmt.Errorf("upload room keys to key backup %s: %w", b.version, err)
		}
		for _, s := range chunk {
			if err := b.markBackedUp(ctx, s); err != nil {
				return uploaded, err
			}
		}
		uploaded += len(chunk)
	}
	return uploaded, nil
}

// sessionData exports s at its first known index and encrypts it to the
// backup's public key, in the shape ImportRoomKeyFromBackup reads back.
func (b *keyBackup) sessionData(s *crypto.InboundGroupSession) (mautrix.ReqKeyBackupData, error) {
	first := s.Internal.FirstKnownIndex()
	exported, err := s.Internal.Export(first)
	if err != nil {
		return mautrix.ReqKeyBackupData{}, fmt.Errorf("export room key %s: %w", s.ID(), err)
	}
	enc, err := backup.EncryptSessionData(b.key, backup.MegolmSessionData{
		Algorithm:          id.AlgorithmMegolmV1,
		ForwardingKeyChain: s.ForwardingChains,
		SenderClaimedKeys:  backup.SenderClaimedKeys{Ed25519: s.SigningKey},
		SenderKey:          s.SenderKey,
		SessionKey:         string(exported),
	})
	if err != nil {
		return mautrix.ReqKeyBackupData{}, fmt.Errorf("encrypt room key %s for backup: %w", s.ID(), err)
	}
	raw, err := json.Marshal(enc)
	if err != nil {
		return mautrix.ReqKeyBackupData{}, fmt.Errorf("encode room key %s for backup: %w", s.ID(), err)
	}
	return mautrix.ReqKeyBackupData{
		FirstMessageIndex: int(first),
		ForwardedCount:    len(s.ForwardingChains),
		IsVerified:        s.Internal.IsVerified(),
		SessionData:       raw,
	}, nil
}

// markBackedUp records that uploaded is in the backup. The session is read
// again first: if a better copy (an earlier first index) arrived while it
// was being uploaded, that copy stays unmarked and goes in the next upload,
// and the row written back is the fresh one, not the one read before.
func (b *keyBackup) markBackedUp(ctx context.Context, uploaded *crypto.InboundGroupSession) error {
	s, err := b.mach.CryptoStore.GetGroupSession(ctx, uploaded.RoomID, uploaded.ID())
	if err != nil {
		return fmt.Errorf("read room key %s: %w", uploaded.ID(), err)
	}
	if s == nil || s.Internal.FirstKnownIndex() != uploaded.Internal.FirstKnownIndex() {
		return nil
	}
	s.KeyBackupVersion = b.version
	if err := b.mach.CryptoStore.PutGroupSession(ctx, s); err != nil {
		return fmt.Errorf("mark room key %s as backed up: %w", s.ID(), err)
	}
	return nil
}

// runKeyBackup uploads new room keys every KeyBackupInterval until the
// returned function is called; that function stops the loop and uploads
// what is left once (within a few seconds), so keys of replies sent just
// before a stop are backed up too.
func (a *Adapter) runKeyBackup(ctx context.Context) (finish func()) {
	kb := a.crypto.backup
	if kb == nil {
		return func() {}
	}
	uploadOnce := func(ctx context.Context) {
		n, err := kb.upload(ctx)
		if err != nil {
			if ctx.Err() == nil {
				metrics.AdapterError(platform, "key_backup")
				a.log.Warn("key backup upload failed; retrying later", "version", kb.version, "err", err)
			}
			return
		}
		if n > 0 {
			a.log.Debug("room keys backed up", "version", kb.version, "count", n)
		}
	}
	stop, done := make(chan struct{}), make(chan struct{})
	go func() {
		defer close(done)
		t := time.NewTicker(a.opts.KeyBackupInterval)
		defer t.Stop()
		uploadOnce(ctx)
		for {
			select {
			case <-stop:
				return
			case <-ctx.Done():
				return
			case <-t.C:
				uploadOnce(ctx)
			}
		}
	}()
	return func() {
		close(stop)
		<-done
		flushCtx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 5*time.Second)
		defer cancel()
		uploadOnce(flushCtx)
	}
}
