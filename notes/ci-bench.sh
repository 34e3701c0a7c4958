# .ci/run steps for the benchmark harness (bench/ is its own module, so the
# root `go vet ./...` and `go test ./...` do not reach it). Add after the
# cold-start step:

step "bench: vet and unit tests (own module)"
(cd bench && go vet ./... && go test -count=1 ./...)

step "bench: stancebench -quick (1k statements, stancebot vs Bleve, cold start)"
# Fails when stancebot's stance answer is not first for every probe (-min-hit 1),
# or when any engine errors; prints the tables. Run time after compilation: ~5 s.
(cd bench && go run ./cmd/stancebench -quick)
