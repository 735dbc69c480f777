-- The dateline city and the wire agency the body credits ("واشنطن ـ (أ ف ب)").
ALTER TABLE articles ADD COLUMN dateline TEXT;
ALTER TABLE articles ADD COLUMN agency TEXT;
