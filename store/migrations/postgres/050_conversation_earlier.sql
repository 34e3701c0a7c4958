-- PostgreSQL twin of ../050_conversation_earlier.sql (see the comments there).
ALTER TABLE conversations ADD COLUMN earlier TEXT NOT NULL DEFAULT '[]';
ALTER TABLE reply_records ADD COLUMN earlier TEXT NOT NULL DEFAULT '[]';
