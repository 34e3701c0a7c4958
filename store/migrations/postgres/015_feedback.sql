-- PostgreSQL twin of ../015_feedback.sql (see the comments there).
CREATE TABLE feedback (
    id             BIGSERIAL PRIMARY KEY,
    question       TEXT    NOT NULL,
    intent         TEXT    NOT NULL DEFAULT '',
    statement_keys TEXT    NOT NULL DEFAULT '[]',
    vote           TEXT    NOT NULL,
    reason         TEXT    NOT NULL DEFAULT '',
    platform       TEXT    NOT NULL,
    room           TEXT    NOT NULL,
    thread         TEXT    NOT NULL DEFAULT '',
    user_id        TEXT    NOT NULL,
    voted_at       BIGINT  NOT NULL
);
CREATE INDEX feedback_voted ON feedback(voted_at);
