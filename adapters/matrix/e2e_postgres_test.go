package matrix_test

import (
	"testing"

	"github.com/stancebot/stancebot/store/storetest"
)

// postgresScenarios are Matrix scenarios that depend on the store (sync
// token, inbox, mautrix's state store; the crypto store with goolm, see
// e2e_postgres_crypto_test.go), run again with the store on PostgreSQL.
var postgresScenarios = map[string]func(*testing.T){
	"RestartAnswersQuestionAskedWhileDownExactlyOnce": TestRestartAnswersQuestionAskedWhileDownExactlyOnce,
	"RestartSkipsQuestionsOlderThanMaxAge":            TestRestartSkipsQuestionsOlderThanMaxAge,
	"SendDigest":                                      TestSendDigest,
	"WhatWasWrongOfferSurvivesRestart":                TestWhatWasWrongOfferSurvivesRestart,
}

func TestOnPostgres(t *testing.T) {
	storetest.PostgresURL(t) // skip (or fail in CI) now when there is no PostgreSQL
	prev := storeLocation
	used := 0
	storeLocation = func(t *testing.T) string { used++; return storetest.PostgresURL(t) }
	defer func() { storeLocation = prev }()
	for name, f := range postgresScenarios {
		t.Run(name, f)
	}
	if used < len(postgresScenarios) {
		t.Errorf("%d scenarios opened a PostgreSQL store, want %d", used, len(postgresScenarios))
	}
}
