-- Digest subscriptions made from chat, one row per (room, request).
CREATE TABLE subscriptions (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    platform   TEXT    NOT NULL,
    room       TEXT    NOT NULL,
    themes     TEXT    NOT NULL,              -- JSON array of theme names
    countries  TEXT    NOT NULL DEFAULT '[]', -- JSON array, empty: all
    cron       TEXT    NOT NULL,
    timezone   TEXT    NOT NULL,
    created_by TEXT    NOT NULL,
    created_at INTEGER NOT NULL
);
CREATE INDEX subscriptions_room ON subscriptions(platform, room);

-- The digest ledger: one row per (job, target, scheduled slot). The
-- primary key is what makes a slot exactly-once: a slot is claimed by
-- inserting its row (state 'pending') before anything is sent.
--   job    "digest:<name>" for config digests, "sub:<id>" for subscriptions
--   target "platform:room"
--   slot   scheduled time, Unix seconds (UTC)
CREATE TABLE digest_ledger (
    job            TEXT    NOT NULL,
    target         TEXT    NOT NULL,
    slot           INTEGER NOT NULL,
    state          TEXT    NOT NULL CHECK (state IN ('pending', 'sent', 'failed', 'skipped', 'unconfirmed', 'abandoned')),
    attempts       INTEGER NOT NULL DEFAULT 0,
    next_attempt   INTEGER NOT NULL DEFAULT 0,
    corpus_version TEXT    NOT NULL DEFAULT '',
    detail         TEXT    NOT NULL DEFAULT '',
    updated_at     INTEGER NOT NULL,
    sent_at        INTEGER,
    PRIMARY KEY (job, target, slot)
);
CREATE INDEX digest_ledger_retry ON digest_ledger(state, next_attempt);
CREATE INDEX digest_ledger_sent ON digest_ledger(target, sent_at);

-- When the scheduler first owed a (job, target) anything: slots before
-- this are never sent, so adding a digest does not replay its past.
CREATE TABLE digest_cursor (
    job    TEXT    NOT NULL,
    target TEXT    NOT NULL,
    since  INTEGER NOT NULL,
    PRIMARY KEY (job, target)
);

-- Statement keys of every corpus version a digest was sent from, so "new
-- since the previous digest" is computed against exactly what was there.
CREATE TABLE corpus_versions (
    version     TEXT    PRIMARY KEY,
    recorded_at INTEGER NOT NULL
);
CREATE TABLE corpus_keys (
    version TEXT NOT NULL REFERENCES corpus_versions(version) ON DELETE CASCADE,
    key     TEXT NOT NULL,
    PRIMARY KEY (version, key)
) WITHOUT ROWID;
