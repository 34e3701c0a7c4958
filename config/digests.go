package config

// Digest is one scheduled digest. (Owned by the digest work.)
type Digest struct{}

// Subscriptions controls who may subscribe from chat.
type Subscriptions struct{}
