-- PostgreSQL twin of ../006_conversations.sql (see the comments there).
CREATE TABLE conversations (
    platform       TEXT    NOT NULL,
    room           TEXT    NOT NULL,
    thread         TEXT    NOT NULL,
    question       TEXT    NOT NULL,
    lang           TEXT    NOT NULL DEFAULT '',
    intent         TEXT    NOT NULL DEFAULT '',
    statement_keys TEXT    NOT NULL DEFAULT '[]',
    page_offset    INTEGER NOT NULL DEFAULT 0,
    answered_at    BIGINT  NOT NULL,
    PRIMARY KEY (platform, room, thread)
);
CREATE INDEX conversations_answered ON conversations(answered_at);
