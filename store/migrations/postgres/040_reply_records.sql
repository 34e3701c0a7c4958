-- PostgreSQL twin of ../040_reply_records.sql (see the comments there).
ALTER TABLE conversations ADD COLUMN record_id TEXT NOT NULL DEFAULT '';
CREATE TABLE reply_records (
    id             TEXT    NOT NULL PRIMARY KEY,
    platform       TEXT    NOT NULL,
    room           TEXT    NOT NULL,
    thread         TEXT    NOT NULL,
    question       TEXT    NOT NULL,
    lang           TEXT    NOT NULL DEFAULT '',
    intent         TEXT    NOT NULL DEFAULT '',
    statement_keys TEXT    NOT NULL DEFAULT '[]',
    page_offset    INTEGER NOT NULL DEFAULT 0,
    answered_at    BIGINT  NOT NULL
);
CREATE INDEX reply_records_answered ON reply_records(answered_at);
