-- PostgreSQL twin of ../001_init.sql: the same tables, columns and meaning.
-- Times are Unix seconds (BIGINT) on both engines, so the store's queries
-- are the same SQL.

-- Events (Slack event IDs, Matrix event IDs) that were answered, so a
-- redelivery or a restart never answers twice.
CREATE TABLE handled_events (
    platform   TEXT   NOT NULL,
    event_id   TEXT   NOT NULL,
    handled_at BIGINT NOT NULL,
    PRIMARY KEY (platform, event_id)
);
CREATE INDEX handled_events_at ON handled_events(handled_at);

-- Small named values: sync tokens, device IDs.
CREATE TABLE kv (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
