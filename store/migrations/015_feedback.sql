-- Votes on replies (package feedback): 👍 / 👎 and what was wrong, with
-- the question and the statement keys shown, for curators
-- (`stancebot feedback`). statement_keys is a JSON array; voted_at is Unix
-- milliseconds.
CREATE TABLE feedback (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    question       TEXT    NOT NULL,
    intent         TEXT    NOT NULL DEFAULT '',
    statement_keys TEXT    NOT NULL DEFAULT '[]',
    vote           TEXT    NOT NULL,
    reason         TEXT    NOT NULL DEFAULT '',
    platform       TEXT    NOT NULL,
    room           TEXT    NOT NULL,
    thread         TEXT    NOT NULL DEFAULT '',
    user_id        TEXT    NOT NULL,
    voted_at       INTEGER NOT NULL
);
CREATE INDEX feedback_voted ON feedback(voted_at);
