-- Events (Slack event IDs, Matrix event IDs) that were answered, so a
-- redelivery or a restart never answers twice.
CREATE TABLE handled_events (
    platform   TEXT    NOT NULL,
    event_id   TEXT    NOT NULL,
    handled_at INTEGER NOT NULL,
    PRIMARY KEY (platform, event_id)
);
CREATE INDEX handled_events_at ON handled_events(handled_at);

-- Small named values: sync tokens, device IDs.
CREATE TABLE kv (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
