# .ci/run steps for digests, subscriptions and reload: none beyond the
# repository-wide ones. Their tests are ordinary `go test` packages
# (schedule/..., store, reload, bot, config, cmd/stancebot) and use only
# temp dirs, SQLite files and fake senders; the concurrency tests need
# -race, which the repository-wide step should already pass:
#
#   go test -race ./...
#
# If .ci/run lists packages explicitly, add:
#   go test -race ./schedule/... ./reload/ ./store/ ./bot/ ./config/ ./cmd/stancebot/
