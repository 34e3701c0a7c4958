-- Open "what was wrong?" offers after a Matrix 👎 (issue 15): kept here
-- rather than in the process, so a restart or another replica still takes
-- the voter's answer. vote is the feedback.Vote the offer refines, as JSON;
-- ref is that vote's Ref, so withdrawing the 👎 drops the offer;
-- expires_at is Unix milliseconds.
CREATE TABLE feedback_offers (
    platform   TEXT    NOT NULL,
    room       TEXT    NOT NULL,
    thread     TEXT    NOT NULL,
    user_id    TEXT    NOT NULL,
    vote       TEXT    NOT NULL,
    ref        TEXT    NOT NULL DEFAULT '',
    expires_at INTEGER NOT NULL,
    PRIMARY KEY (platform, room, thread, user_id)
);
CREATE INDEX feedback_offers_expires ON feedback_offers(expires_at);
CREATE INDEX feedback_offers_ref ON feedback_offers(platform, room, ref);
