# .ci/run steps for the Slack adapter and serve: none beyond the existing
# `go test -race -count=1 ./...` step. It runs, all on 127.0.0.1:
#   ./config                 YAML loading, line-numbered errors, ${ENV} secrets
#   ./adapters/slack         e2e against the in-process fake Slack (Socket Mode
#                            WebSocket + Web API + Events API HTTP), rendering,
#                            the manifest check (~3 s with -race)
#   ./cmd/stancebot          serve in-process, and TestServeBinaryWithExampleConfig:
#                            builds stancebot, runs `serve` with config.example.yaml
#                            against the fake Slack, checks /healthz, /readyz,
#                            /metrics, a real answer on the seeds, and exit 0 on
#                            SIGTERM (~5 s; skipped with -short)
# Optional smoke step, if the lead wants it visible in the CI log:
step "serve: example config against the fake Slack"
go test -race -count=1 -run 'TestServeBinaryWithExampleConfig|TestServeRunsSlackAndStatusEndpoints' ./cmd/stancebot
