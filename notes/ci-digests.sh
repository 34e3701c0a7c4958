# .ci/run additions for digests, subscriptions and reload.
#
# The tests are ordinary packages already covered by the repository-wide
# `go test -tags "$TAGS" -race -count=1 ./...` step (schedule/...,
# store, reload, bot, config, cmd/stancebot): temp dirs, SQLite files, fake
# senders and injected clocks only, no network; about 10 s with -race on 2 cores.
#
# One cold-start check, to add after the `ask --json` one (it reuses the
# binary built there): the example digest prints from the embedded seeds.

step "cold start: digest attribution"
out=$(/tmp/stancebot-ci digest attribution due diligence)
echo "$out" | grep -q '== attribution ==' || { echo "digest lacks the attribution section: $out"; exit 1; }
echo "$out" | grep -q '== due diligence ==' || { echo "digest lacks the due diligence section: $out"; exit 1; }
echo "$out" | grep -q 'sources: 000_1ebf36fdb85f7c30' || { echo "digest lacks source IDs: $out"; exit 1; }
/tmp/stancebot-ci digest --json attribution | grep -q '"corpus_version"' || { echo "digest --json lacks corpus_version"; exit 1; }
echo ok

# Optional, next to the existing brief fuzz steps (about 10 s each):
go test -run '^$' -fuzz '^FuzzParse$' -fuzztime 10s ./schedule/spec
go test -run '^$' -fuzz '^FuzzDigestCommands$' -fuzztime 10s ./bot
