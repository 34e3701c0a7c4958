-- Reply records (package conversation): the last question answered in
-- each conversation (platform, room, thread), so a short follow-up ("and
-- Cuba?", "more", "sources", "why?") can continue it after a restart.
-- statement_keys is a JSON array; answered_at is Unix milliseconds.
CREATE TABLE conversations (
    platform       TEXT    NOT NULL,
    room           TEXT    NOT NULL,
    thread         TEXT    NOT NULL,
    question       TEXT    NOT NULL,
    lang           TEXT    NOT NULL DEFAULT '',
    intent         TEXT    NOT NULL DEFAULT '',
    statement_keys TEXT    NOT NULL DEFAULT '[]',
    page_offset    INTEGER NOT NULL DEFAULT 0,
    answered_at    INTEGER NOT NULL,
    PRIMARY KEY (platform, room, thread)
);
CREATE INDEX conversations_answered ON conversations(answered_at);
