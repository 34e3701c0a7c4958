// Package seeds embeds the default corpus: the five country-profile files
// stancebot answers from when no other corpus is configured.
package seeds

import "embed"

// FS holds the seed *.txt files at its root.
//
//go:embed *.txt
var FS embed.FS
