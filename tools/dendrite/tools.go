//go:build tools

// Package dendrite pins the Dendrite homeserver used by the Matrix adapter's
// end-to-end tests. Build the binaries with ./build.sh.
package dendrite

import (
	_ "github.com/element-hq/dendrite/cmd/dendrite"
	_ "github.com/element-hq/dendrite/cmd/generate-config"
	_ "github.com/element-hq/dendrite/cmd/generate-keys"
)
