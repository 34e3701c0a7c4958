-- The durable inbox (package inbox): every incoming event that asks the
-- bot something is recorded before it is acknowledged, leased by the
-- worker that answers it, and marked answered once the platform accepted
-- the reply. Times are Unix milliseconds. It replaces handled_events,
-- whose rows (events already answered) are carried over as answered.
CREATE TABLE inbox (
    platform     TEXT    NOT NULL,
    event_id     TEXT    NOT NULL,
    received_at  INTEGER NOT NULL,
    payload      TEXT    NOT NULL DEFAULT '',
    lease_holder TEXT,
    lease_until  INTEGER,
    answered_at  INTEGER,
    PRIMARY KEY (platform, event_id)
);
CREATE INDEX inbox_pending ON inbox(platform, answered_at, received_at);
CREATE INDEX inbox_received ON inbox(received_at);
INSERT INTO inbox(platform, event_id, received_at, answered_at)
    SELECT platform, event_id, handled_at * 1000, handled_at * 1000 FROM handled_events;
DROP TABLE handled_events;
