// Package matrixtest gives tests outside adapters/matrix (the replicas'
// kill -9 scenarios in cmd/stancebot) the throwaway Dendrite homeserver
// the Matrix adapter's own end-to-end tests use. It only re-exports
// adapters/matrix/internal/dendritetest, which Go's internal rule keeps
// to this tree; see there for where the binaries come from and when tests
// skip or fail without them.
package matrixtest

import (
	"testing"

	"github.com/stancebot/stancebot/adapters/matrix/internal/dendritetest"
)

// Server is a running Dendrite.
type Server = dendritetest.Server

// User is a registered account.
type User = dendritetest.User

// ServerName is the Matrix server name of the test homeserver.
const ServerName = dendritetest.ServerName

// Start runs a fresh homeserver for t and stops it when t ends. It skips
// t without Dendrite binaries, or fails it with CI=true.
func Start(t testing.TB) *Server { return dendritetest.Start(t) }
