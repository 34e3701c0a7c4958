-- PostgreSQL twin of ../041_feedback_ref.sql (see the comments there).
ALTER TABLE feedback ADD COLUMN ref TEXT NOT NULL DEFAULT '';
CREATE INDEX feedback_ref ON feedback(platform, room, ref);
