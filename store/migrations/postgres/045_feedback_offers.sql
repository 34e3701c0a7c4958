-- PostgreSQL twin of ../045_feedback_offers.sql (see the comments there).
CREATE TABLE feedback_offers (
    platform   TEXT   NOT NULL,
    room       TEXT   NOT NULL,
    thread     TEXT   NOT NULL,
    user_id    TEXT   NOT NULL,
    vote       TEXT   NOT NULL,
    ref        TEXT   NOT NULL DEFAULT '',
    expires_at BIGINT NOT NULL,
    PRIMARY KEY (platform, room, thread, user_id)
);
CREATE INDEX feedback_offers_expires ON feedback_offers(expires_at);
CREATE INDEX feedback_offers_ref ON feedback_offers(platform, room, ref);
