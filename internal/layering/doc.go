// Package layering holds no code: its test checks, from `go list`, that
// the module's packages import one another in one direction only (see
// ranks in layering_test.go), that no chat SDK is imported outside
// adapters/, and that commands are not registered through init().
package layering
