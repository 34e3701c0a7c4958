package config

import (
	"strings"
	"testing"
)

func TestStoreSection(t *testing.T) {
	lookup := env(map[string]string{"DB_PASSWORD": "pa55-w0rd-x", "DB_URL": "postgres://bot:pa55-w0rd-x@db:5432/sb"})
	tests := []struct {
		name    string
		doc     string
		wantLoc string // when no error
		wantErr string // substring; "" for none
		repl    bool
	}{
		{"default sqlite", "data_dir: /srv/sb\n", "/srv/sb/stancebot.db", "", false},
		{"sqlite path", "store:\n  path: /var/lib/sb/state.db\n", "/var/lib/sb/state.db", "", false},
		{"postgres with env password", "store:\n  url: postgres://bot:${DB_PASSWORD}@db:5432/sb?sslmode=require\n",
			"postgres://bot:pa55-w0rd-x@db:5432/sb?sslmode=require", "", true},
		{"whole url from env", "store:\n  url: ${DB_URL}\n", "postgres://bot:pa55-w0rd-x@db:5432/sb", "", true},
		{"postgres without password", "store:\n  url: postgresql://bot@/sb?host=/run/postgresql\n", "postgresql://bot@/sb?host=/run/postgresql", "", true},
		{"literal password", "store:\n  url: postgres://bot:hunter22@db/sb\n", "", "config.yaml:2: store.url: write the password as an ${ENV_VAR}", false},
		{"both", "store:\n  url: postgres://db/sb\n  path: x.db\n", "", "store.url: set store.url (PostgreSQL) or store.path (SQLite), not both", false},
		{"not postgres", "store:\n  url: mysql://db/sb\n", "", "store.url: must be a postgres:// URL", false},
		{"unknown key", "store:\n  dsn: postgres://db/sb\n", "", "store.dsn", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c, err := Parse("config.yaml", []byte(tc.doc), lookup)
			if tc.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
					t.Fatalf("err = %v, want it to contain %q", err, tc.wantErr)
				}
				if strings.Contains(err.Error(), "hunter22") {
					t.Errorf("error leaks the password: %v", err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if got := c.StoreLocation(); got != tc.wantLoc {
				t.Errorf("StoreLocation = %q, want %q", got, tc.wantLoc)
			}
			if c.Replicated() != tc.repl {
				t.Errorf("Replicated = %v", c.Replicated())
			}
		})
	}
}
