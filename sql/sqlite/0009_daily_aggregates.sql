-- Pre-aggregated counts per UTC day, kept exact inside the transactions that change the raw
-- tables (ingest, re-extraction, merges), so the panels read thousands of rows instead of
-- millions. An article has one day and one outlet, so summing days never counts it twice.
-- Days are stored like every other time: 'YYYY-MM-DD 00:00:00' UTC text.
CREATE TABLE daily_source_articles (
    day             TEXT NOT NULL,
    source_id       INTEGER NOT NULL REFERENCES sources (id),
    articles        INTEGER NOT NULL,
    PRIMARY KEY (day, source_id)
);

CREATE TABLE daily_actor_mentions (
    day             TEXT NOT NULL,
    source_id       INTEGER NOT NULL REFERENCES sources (id),
    actor_id        INTEGER NOT NULL REFERENCES actors (id),
    -- Articles of that day and outlet that mention the actor, and the mentions in them.
    articles        INTEGER NOT NULL,
    mentions        INTEGER NOT NULL,
    PRIMARY KEY (day, source_id, actor_id)
);

CREATE INDEX ix_daily_actor_mentions_actor ON daily_actor_mentions (actor_id, day);

INSERT INTO daily_source_articles (day, source_id, articles)
SELECT substr(published_at, 1, 10) || ' 00:00:00', source_id, COUNT(*)
FROM articles
GROUP BY substr(published_at, 1, 10), source_id;

INSERT INTO daily_actor_mentions (day, source_id, actor_id, articles, mentions)
SELECT substr(a.published_at, 1, 10) || ' 00:00:00', a.source_id, m.actor_id, COUNT(DISTINCT m.article_id), COUNT(*)
FROM mentions m JOIN articles a ON a.id = m.article_id
GROUP BY substr(a.published_at, 1, 10), a.source_id, m.actor_id;
