// Package seeds embeds the default corpus: the five country-profile files
// stancebot answers from when no other corpus is configured.
package seeds

import "embed"

// FS holds the seed *.txt files and their citations (sources.tsv) at its root.
//
//go:embed *.txt sources.tsv
var FS embed.FS
