package matrix

import (
	"strings"

	"maunium.net/go/mautrix/id"
)

// allowlist says whose invites the bot accepts: listed users, and every
// user of listed servers.
type allowlist struct {
	users   map[id.UserID]bool
	servers map[string]bool
}

// newAllowlist builds the allowlist from matrix.allow_invites_from. An
// empty list allows the bot's own server only.
func newAllowlist(entries []string, ownServer string) allowlist {
	al := allowlist{users: map[id.UserID]bool{}, servers: map[string]bool{}}
	for _, e := range entries {
		e = strings.TrimSpace(e)
		if strings.HasPrefix(e, "@") {
			al.users[id.UserID(e)] = true
		} else if s := strings.ToLower(strings.TrimPrefix(e, ":")); s != "" {
			al.servers[s] = true
		}
	}
	if len(entries) == 0 && ownServer != "" {
		al.servers[strings.ToLower(ownServer)] = true
	}
	return al
}

// allows reports whether an invite from u is accepted.
func (al allowlist) allows(u id.UserID) bool {
	if al.users[u] {
		return true
	}
	_, server, err := u.Parse()
	return err == nil && al.servers[strings.ToLower(server)]
}
