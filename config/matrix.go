package config

// Matrix configures the Matrix adapter. (Owned by the Matrix adapter work.)
type Matrix struct{}
