-- Every answered question's reply record under its own ID (issue 15):
-- a button under an older answer of a thread acts on that answer, not on
-- the thread's newest (conversations keeps only the newest per thread).
-- answered_at is Unix milliseconds; rows past the time to live are
-- deleted on write, as in conversations.
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
    answered_at    INTEGER NOT NULL
);
CREATE INDEX reply_records_answered ON reply_records(answered_at);
