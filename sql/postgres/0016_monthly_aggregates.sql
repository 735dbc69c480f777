-- Monthly roll-ups of the per-day counts and of the incidents, for long ranges: ten years of days are
-- 36,500 outlet rows and 290,000 actor rows at a million articles, ten years of months a thirtieth of
-- that. A range reads its whole months here and only its partial months from the per-day tables.
-- Triggers keep them exact: every change to a per-day row or an incident, whichever code path makes
-- it (ingest, re-extraction, merges), moves the same counts here in the same transaction.
-- Months are stored like days: timestamptz at midnight UTC of the first day.
CREATE TABLE monthly_source_articles (
    month           TIMESTAMPTZ NOT NULL,
    source_id       BIGINT NOT NULL REFERENCES sources (id),
    articles        BIGINT NOT NULL,
    PRIMARY KEY (month, source_id)
);

CREATE TABLE monthly_actor_totals (
    month           TIMESTAMPTZ NOT NULL,
    actor_id        BIGINT NOT NULL REFERENCES actors (id),
    articles        BIGINT NOT NULL,
    mentions        BIGINT NOT NULL,
    PRIMARY KEY (month, actor_id)
);

-- Incidents by the month of their first report, with the same sums the casualty panel shows.
CREATE TABLE monthly_incidents (
    month           TIMESTAMPTZ NOT NULL PRIMARY KEY,
    incidents       BIGINT NOT NULL,
    reports         BIGINT NOT NULL,
    killed_min      BIGINT NOT NULL,
    killed_max      BIGINT NOT NULL,
    wounded_min     BIGINT NOT NULL,
    wounded_max     BIGINT NOT NULL
);

INSERT INTO monthly_source_articles (month, source_id, articles)
SELECT date_trunc('month', day, 'UTC'), source_id, SUM(articles) FROM daily_source_articles GROUP BY date_trunc('month', day, 'UTC'), source_id;

INSERT INTO monthly_actor_totals (month, actor_id, articles, mentions)
SELECT date_trunc('month', day, 'UTC'), actor_id, SUM(articles), SUM(mentions) FROM daily_actor_totals GROUP BY date_trunc('month', day, 'UTC'), actor_id;

INSERT INTO monthly_incidents (month, incidents, reports, killed_min, killed_max, wounded_min, wounded_max)
SELECT date_trunc('month', first_reported, 'UTC'), COUNT(*), SUM(reports), SUM(COALESCE(killed_low, 0)), SUM(COALESCE(killed_high, 0)),
       SUM(COALESCE(wounded_low, 0)), SUM(COALESCE(wounded_high, 0))
FROM incidents GROUP BY date_trunc('month', first_reported, 'UTC');

-- Each trigger takes out the old row's counts and adds the new row's; a month left with nothing is removed,
-- as the per-day tables remove an empty day, so a recount from the raw tables finds the same rows.
CREATE FUNCTION roll_up_daily_source_articles() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        UPDATE monthly_source_articles SET articles = articles - OLD.articles
        WHERE month = date_trunc('month', OLD.day, 'UTC') AND source_id = OLD.source_id;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        INSERT INTO monthly_source_articles (month, source_id, articles) VALUES (date_trunc('month', NEW.day, 'UTC'), NEW.source_id, NEW.articles)
        ON CONFLICT (month, source_id) DO UPDATE SET articles = monthly_source_articles.articles + excluded.articles;
    END IF;
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        DELETE FROM monthly_source_articles WHERE month = date_trunc('month', OLD.day, 'UTC') AND source_id = OLD.source_id AND articles <= 0;
    END IF;
    RETURN NULL;
END;
$$;

CREATE TRIGGER daily_source_articles_roll_up AFTER INSERT OR UPDATE OR DELETE ON daily_source_articles
FOR EACH ROW EXECUTE FUNCTION roll_up_daily_source_articles();

CREATE FUNCTION roll_up_daily_actor_totals() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        UPDATE monthly_actor_totals SET articles = articles - OLD.articles, mentions = mentions - OLD.mentions
        WHERE month = date_trunc('month', OLD.day, 'UTC') AND actor_id = OLD.actor_id;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        INSERT INTO monthly_actor_totals (month, actor_id, articles, mentions) VALUES (date_trunc('month', NEW.day, 'UTC'), NEW.actor_id, NEW.articles, NEW.mentions)
        ON CONFLICT (month, actor_id) DO UPDATE SET articles = monthly_actor_totals.articles + excluded.articles,
            mentions = monthly_actor_totals.mentions + excluded.mentions;
    END IF;
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        DELETE FROM monthly_actor_totals WHERE month = date_trunc('month', OLD.day, 'UTC') AND actor_id = OLD.actor_id AND articles <= 0;
    END IF;
    RETURN NULL;
END;
$$;

CREATE TRIGGER daily_actor_totals_roll_up AFTER INSERT OR UPDATE OR DELETE ON daily_actor_totals
FOR EACH ROW EXECUTE FUNCTION roll_up_daily_actor_totals();

CREATE FUNCTION roll_up_incidents() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        UPDATE monthly_incidents SET incidents = incidents - 1, reports = reports - OLD.reports,
            killed_min = killed_min - COALESCE(OLD.killed_low, 0), killed_max = killed_max - COALESCE(OLD.killed_high, 0),
            wounded_min = wounded_min - COALESCE(OLD.wounded_low, 0), wounded_max = wounded_max - COALESCE(OLD.wounded_high, 0)
        WHERE month = date_trunc('month', OLD.first_reported, 'UTC');
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        INSERT INTO monthly_incidents (month, incidents, reports, killed_min, killed_max, wounded_min, wounded_max)
        VALUES (date_trunc('month', NEW.first_reported, 'UTC'), 1, NEW.reports, COALESCE(NEW.killed_low, 0), COALESCE(NEW.killed_high, 0),
                COALESCE(NEW.wounded_low, 0), COALESCE(NEW.wounded_high, 0))
        ON CONFLICT (month) DO UPDATE SET incidents = monthly_incidents.incidents + 1, reports = monthly_incidents.reports + excluded.reports,
            killed_min = monthly_incidents.killed_min + excluded.killed_min, killed_max = monthly_incidents.killed_max + excluded.killed_max,
            wounded_min = monthly_incidents.wounded_min + excluded.wounded_min, wounded_max = monthly_incidents.wounded_max + excluded.wounded_max;
    END IF;
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        DELETE FROM monthly_incidents WHERE month = date_trunc('month', OLD.first_reported, 'UTC') AND incidents <= 0;
    END IF;
    RETURN NULL;
END;
$$;

CREATE TRIGGER incidents_roll_up AFTER INSERT OR DELETE OR UPDATE OF first_reported, reports, killed_low, killed_high, wounded_low, wounded_high ON incidents
FOR EACH ROW EXECUTE FUNCTION roll_up_incidents();
