-- The countries an ordinal follow-up counted in (a JSON array of names, in
-- the order the reply it pointed into showed them), so that "and the
-- second?" after "the first one — when was that?" counts in the same list,
-- not in the one-country reply to "the first one".
ALTER TABLE conversations ADD COLUMN counted TEXT NOT NULL DEFAULT '[]';
ALTER TABLE reply_records ADD COLUMN counted TEXT NOT NULL DEFAULT '[]';
