-- A subscription remembers the language it was made in; its digests are
-- labelled in it. Existing subscriptions stay English.
ALTER TABLE subscriptions ADD COLUMN lang TEXT NOT NULL DEFAULT '';
