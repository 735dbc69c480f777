-- Mentions per day and actor over every outlet: what the actor panels read when no outlet is chosen,
-- a fraction of the rows of daily_actor_mentions. Kept exact with it, in the same transactions.
CREATE TABLE daily_actor_totals (
    day             TEXT NOT NULL,
    actor_id        INTEGER NOT NULL REFERENCES actors (id),
    articles        INTEGER NOT NULL,
    mentions        INTEGER NOT NULL,
    PRIMARY KEY (day, actor_id)
);

INSERT INTO daily_actor_totals (day, actor_id, articles, mentions)
SELECT day, actor_id, SUM(articles), SUM(mentions) FROM daily_actor_mentions GROUP BY day, actor_id;
