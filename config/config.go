// Package config loads and validates stancebot's YAML configuration. All
// validation happens here, and every error names the offending key and its
// line. Secrets are written as ${ENV_VAR} references and expanded from the
// environment; they are never logged.
package config

// Config is the whole configuration file.
//
// Each section's type and validation live in a file of their own
// (slack.go, matrix.go, digests.go) so that a new section is one file.
type Config struct {
	// Listen is the address of the HTTP server for /healthz, /readyz and /metrics.
	Listen string `yaml:"listen"`
	Log    Log    `yaml:"log"`
	// DataDir holds the SQLite database and other state.
	DataDir string       `yaml:"data_dir"`
	Corpus  CorpusConfig `yaml:"corpus"`
	Slack   *Slack       `yaml:"slack"`
	Matrix  *Matrix      `yaml:"matrix"`
	Digests []Digest     `yaml:"digests"`
	// Subscriptions controls who may subscribe from chat.
	Subscriptions Subscriptions `yaml:"subscriptions"`
}

// Log configures log/slog output.
type Log struct {
	Format string `yaml:"format"` // "text" or "json"
	Level  string `yaml:"level"`  // debug, info, warn, error
}

// CorpusConfig says where statements come from.
type CorpusConfig struct {
	Dir    string `yaml:"dir"`    // empty: the embedded seeds
	Themes string `yaml:"themes"` // optional theme lexicon file
	Watch  *bool  `yaml:"watch"`  // reload on change (default true when Dir is set)
}
