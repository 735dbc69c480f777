-- Linking a new casualty report looks for reports of the same place (or, without a place, the same
-- affiliation) within days of it. The publication time is copied onto the fact so that one index
-- answers that lookup: before, every report of a busy place was read and joined to its article to
-- test the time, and ingest slowed as the corpus grew. An article's time never changes once stored.
ALTER TABLE casualty_facts ADD COLUMN published_at TEXT;

UPDATE casualty_facts SET published_at = (SELECT a.published_at FROM articles a WHERE a.id = casualty_facts.article_id);

CREATE INDEX ix_casualty_reports_place ON casualty_facts (place, published_at) WHERE is_report = 1;
CREATE INDEX ix_casualty_reports_affiliation ON casualty_facts (affiliation, published_at) WHERE is_report = 1 AND place IS NULL;
