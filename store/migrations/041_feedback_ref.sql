-- The platform's ID of a vote (a Matrix reaction's event ID), so that
-- taking the reaction back withdraws the vote and its reason (issue 15).
ALTER TABLE feedback ADD COLUMN ref TEXT NOT NULL DEFAULT '';
CREATE INDEX feedback_ref ON feedback(platform, room, ref);
