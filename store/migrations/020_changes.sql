-- What changed between corpus versions (issue 13). Numbered 020 so that
-- migrations added meanwhile by other work keep their own numbers.

-- Every corpus version the bot loaded, in load order: a row is added when a
-- load's version differs from the latest row's. previous is the version
-- the load replaced ('' for the first).
CREATE TABLE corpus_history (
    seq       INTEGER NOT NULL PRIMARY KEY,
    version   TEXT    NOT NULL,
    previous  TEXT    NOT NULL,
    loaded_at INTEGER NOT NULL
);

-- The statements of the last recorded versions (older ones are pruned),
-- so a report can be made against a version no longer on disk.
CREATE TABLE corpus_statements (
    version TEXT NOT NULL,
    key     TEXT NOT NULL,   -- holder-independent paragraph identity
    holder  TEXT NOT NULL,
    opening TEXT NOT NULL,   -- first 40 characters, whitespace-normalised
    text    TEXT NOT NULL,
    sources TEXT NOT NULL,   -- JSON array of source IDs
    PRIMARY KEY (version, key, holder)
);

-- Rooms that asked for "what changed" posts (`subscribe changes`).
CREATE TABLE change_subscriptions (
    platform   TEXT    NOT NULL,
    room       TEXT    NOT NULL,
    created_by TEXT    NOT NULL,
    created_at INTEGER NOT NULL,
    PRIMARY KEY (platform, room)
);

-- The "what changed" ledger: one row per (target, previous, new version),
-- inserted (claimed) before the post is sent, like a digest slot, so each
-- pair is posted once whichever replica gets there first.
CREATE TABLE change_posts (
    target     TEXT    NOT NULL,
    from_ver   TEXT    NOT NULL,
    to_ver     TEXT    NOT NULL,
    state      TEXT    NOT NULL CHECK (state IN ('pending', 'sent', 'failed')),
    attempts   INTEGER NOT NULL DEFAULT 1,
    detail     TEXT    NOT NULL DEFAULT '',
    updated_at INTEGER NOT NULL,
    PRIMARY KEY (target, from_ver, to_ver)
);
