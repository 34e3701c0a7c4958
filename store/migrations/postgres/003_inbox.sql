-- PostgreSQL twin of ../003_inbox.sql (see the comments there). Times are
-- Unix milliseconds.
CREATE TABLE inbox (
    platform     TEXT   NOT NULL,
    event_id     TEXT   NOT NULL,
    received_at  BIGINT NOT NULL,
    payload      TEXT   NOT NULL DEFAULT '',
    lease_holder TEXT,
    lease_until  BIGINT,
    answered_at  BIGINT,
    PRIMARY KEY (platform, event_id)
);
CREATE INDEX inbox_pending ON inbox(platform, answered_at, received_at);
CREATE INDEX inbox_received ON inbox(received_at);
INSERT INTO inbox(platform, event_id, received_at, answered_at)
    SELECT platform, event_id, handled_at * 1000, handled_at * 1000 FROM handled_events;
DROP TABLE handled_events;
