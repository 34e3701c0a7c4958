//go:build goolm || libolm

package matrix_test

// The crypto store (mautrix's, through dbutil with the pgx driver) on PostgreSQL.
func init() {
	postgresScenarios["EncryptedRoomQuestionAndReply"] = TestEncryptedRoomQuestionAndReply
	// Not TestKeyBackupRestoresRoomKeysOnANewDevice: it needs a second
	// store while the first exists, and on PostgreSQL that is a second
	// schema of one database, where mautrix's state store cannot start:
	// go.mau.fi/util v0.9.3's dbutil.TableExists asks information_schema
	// for the table in any schema, finds the first store's mx_version and
	// skips creating its own ("relation mx_version does not exist").
}
