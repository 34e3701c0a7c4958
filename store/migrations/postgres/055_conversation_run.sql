-- PostgreSQL twin of ../055_conversation_run.sql (see the comments there).
ALTER TABLE conversations ADD COLUMN run TEXT NOT NULL DEFAULT '[]';
ALTER TABLE reply_records ADD COLUMN run TEXT NOT NULL DEFAULT '[]';
