-- PostgreSQL twin of ../058_conversation_counted.sql (see the comments there).
ALTER TABLE conversations ADD COLUMN counted TEXT NOT NULL DEFAULT '[]';
ALTER TABLE reply_records ADD COLUMN counted TEXT NOT NULL DEFAULT '[]';
