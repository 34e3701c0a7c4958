-- The countries of a conversation's earlier replies, most recent first
-- (a JSON array of names), so that "compare them" after "what does Kenya
-- say on X" and "and Ghana?" compares both, not Ghana alone.
ALTER TABLE conversations ADD COLUMN earlier TEXT NOT NULL DEFAULT '[]';
ALTER TABLE reply_records ADD COLUMN earlier TEXT NOT NULL DEFAULT '[]';
