package config

// Slack configures the Slack adapter. (Owned by the Slack adapter work.)
type Slack struct{}
