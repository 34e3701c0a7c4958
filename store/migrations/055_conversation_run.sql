-- The countries asked about one after another on a reply's topic, most
-- recent first (a JSON array of names), so that "compare them" after
-- "what does Jamaica say on X", "and Samoa?" and "and Costa Rica?"
-- compares all three, not the last two.
ALTER TABLE conversations ADD COLUMN run TEXT NOT NULL DEFAULT '[]';
ALTER TABLE reply_records ADD COLUMN run TEXT NOT NULL DEFAULT '[]';
