//go:build !goolm && !libolm

package matrix

import (
	"context"
	"errors"
)

// cryptoAvailable reports whether this binary can do end-to-end encryption.
const cryptoAvailable = false

// errNoCrypto explains why an encrypted room is not answered.
var errNoCrypto = errors.New("built without end-to-end encryption; rebuild with -tags goolm")

// cryptoState is empty in a build without encryption.
type cryptoState struct{ enabled bool }

func (a *Adapter) initCrypto(context.Context) error { return errNoCrypto }

// runKeyBackup has nothing to back up without encryption.
func (a *Adapter) runKeyBackup(context.Context) (finish func()) { return func() {} }
