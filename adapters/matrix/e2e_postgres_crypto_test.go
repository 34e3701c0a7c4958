//go:build goolm || libolm

package matrix_test

// The crypto store (mautrix's, through dbutil with the pgx driver) on PostgreSQL.
func init() {
	postgresScenarios["EncryptedRoomQuestionAndReply"] = TestEncryptedRoomQuestionAndReply
}
