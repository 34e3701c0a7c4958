//go:build goolm || libolm

package matrix

import (
	"context"
	"fmt"

	"maunium.net/go/mautrix/crypto"
)

// setupCrossSigning makes the bot's device cross-signed, so clients that
// only share keys with verified devices (Element's "never send to
// unverified sessions") send it the keys of encrypted rooms. It uses
// mautrix's cross-signing and secret storage (SSSS), no hand-written
// crypto:
//   - with matrix.recovery_key: the account's cross-signing keys are read
//     from secret storage and sign this device (VerifyWithRecoveryKey);
//   - without it, when the account has no cross-signing keys yet: they are
//     generated, stored in secret storage and published (the upload needs
//     the account password: user-interactive auth), this device is signed,
//     and the recovery key is logged once, to be put in the config;
//   - when the device is cross-signed already, nothing is done.
//
// It returns the recovery key in use (configured or just generated), or ""
// when none is at hand; key backup (keybackup_goolm.go) opens secret
// storage with it.
func (a *Adapter) setupCrossSigning(ctx context.Context, mach *crypto.OlmMachine) (string, error) {
	if a.cfg.RecoveryKey != "" {
		if err := mach.VerifyWithRecoveryKey(ctx, a.cfg.RecoveryKey); err != nil {
			return "", fmt.Errorf("verify this device with matrix.recovery_key: %w", err)
		}
		a.log.Info("device cross-signed with the recovery key", "device_id", a.cli.DeviceID)
		return a.cfg.RecoveryKey, nil
	}
	hasKeys, verified, err := mach.GetOwnVerificationStatus(ctx)
	if err != nil {
		return "", fmt.Errorf("check cross-signing status: %w", err)
	}
	switch {
	case verified:
		a.log.Debug("device is cross-signed", "device_id", a.cli.DeviceID)
		return "", nil
	case hasKeys:
		a.log.Warn("the account has cross-signing keys but this device is not signed: set matrix.recovery_key so clients that only trust verified devices share room keys with it",
			"device_id", a.cli.DeviceID)
		return "", nil
	}
	var recoveryKey string
	if a.cfg.Password != "" {
		recoveryKey, _, err = mach.GenerateAndUploadCrossSigningKeysWithPassword(ctx, a.cfg.Password, "")
	} else {
		recoveryKey, _, err = mach.GenerateAndUploadCrossSigningKeys(ctx, nil, "")
	}
	if err != nil {
		return "", fmt.Errorf("set up cross-signing (uploading the keys needs matrix.password): %w", err)
	}
	if err := mach.SignOwnDevice(ctx, mach.OwnIdentity()); err != nil {
		return "", fmt.Errorf("sign this device: %w", err)
	}
	if err := mach.SignOwnMasterKey(ctx); err != nil {
		return "", fmt.Errorf("sign the master key with this device: %w", err)
	}
	a.log.Warn("cross-signing set up; this is the only time the recovery key is shown: keep it as matrix.recovery_key (${MATRIX_RECOVERY_KEY}) to verify a new device of the bot",
		"recovery_key", recoveryKey, "device_id", a.cli.DeviceID)
	if a.opts.OnRecoveryKey != nil {
		a.opts.OnRecoveryKey(recoveryKey)
	}
	return recoveryKey, nil
}
