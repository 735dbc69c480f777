-- Pre-aggregated counts per UTC day, kept exact inside the transactions that change the raw
-- tables (ingest, re-extraction, merges), so the panels read thousands of rows instead of
-- millions. An article has one day and one outlet, so summing days never counts it twice.
-- Days are stored like every other time: timestamptz at midnight UTC.
CREATE TABLE daily_source_articles (
    day             TIMESTAMPTZ NOT NULL,
    source_id       BIGINT NOT NULL REFERENCES sources (id),
    articles        BIGINT NOT NULL,
    PRIMARY KEY (day, source_id)
);

CREATE TABLE daily_actor_mentions (
    day             TIMESTAMPTZ NOT NULL,
    source_id       BIGINT NOT NULL REFERENCES sources (id),
    actor_id        BIGINT NOT NULL REFERENCES actors (id),
    -- Articles of that day and outlet that mention the actor, and the mentions in them.
    articles        BIGINT NOT NULL,
    mentions        BIGINT NOT NULL,
    PRIMARY KEY (day, source_id, actor_id)
);

CREATE INDEX ix_daily_actor_mentions_actor ON daily_actor_mentions (actor_id, day);

INSERT INTO daily_source_articles (day, source_id, articles)
SELECT date_trunc('day', published_at, 'UTC'), source_id, COUNT(*)
FROM articles
GROUP BY date_trunc('day', published_at, 'UTC'), source_id;

INSERT INTO daily_actor_mentions (day, source_id, actor_id, articles, mentions)
SELECT date_trunc('day', a.published_at, 'UTC'), a.source_id, m.actor_id, COUNT(DISTINCT m.article_id), COUNT(*)
FROM mentions m JOIN articles a ON a.id = m.article_id
GROUP BY date_trunc('day', a.published_at, 'UTC'), a.source_id, m.actor_id;
