-- Monthly roll-ups of the per-day counts and of the incidents, for long ranges: ten years of days are
-- 36,500 outlet rows and 290,000 actor rows at a million articles, ten years of months a thirtieth of
-- that. A range reads its whole months here and only its partial months from the per-day tables.
-- Triggers keep them exact: every change to a per-day row or an incident, whichever code path makes
-- it (ingest, re-extraction, merges), moves the same counts here in the same transaction.
-- Months are stored like days: 'YYYY-MM-01 00:00:00' UTC text.
CREATE TABLE monthly_source_articles (
    month           TEXT NOT NULL,
    source_id       INTEGER NOT NULL REFERENCES sources (id),
    articles        INTEGER NOT NULL,
    PRIMARY KEY (month, source_id)
);

CREATE TABLE monthly_actor_totals (
    month           TEXT NOT NULL,
    actor_id        INTEGER NOT NULL REFERENCES actors (id),
    articles        INTEGER NOT NULL,
    mentions        INTEGER NOT NULL,
    PRIMARY KEY (month, actor_id)
);

-- Incidents by the month of their first report, with the same sums the casualty panel shows.
CREATE TABLE monthly_incidents (
    month           TEXT NOT NULL PRIMARY KEY,
    incidents       INTEGER NOT NULL,
    reports         INTEGER NOT NULL,
    killed_min      INTEGER NOT NULL,
    killed_max      INTEGER NOT NULL,
    wounded_min     INTEGER NOT NULL,
    wounded_max     INTEGER NOT NULL
);

INSERT INTO monthly_source_articles (month, source_id, articles)
SELECT substr(day, 1, 7) || '-01 00:00:00', source_id, SUM(articles) FROM daily_source_articles GROUP BY substr(day, 1, 7), source_id;

INSERT INTO monthly_actor_totals (month, actor_id, articles, mentions)
SELECT substr(day, 1, 7) || '-01 00:00:00', actor_id, SUM(articles), SUM(mentions) FROM daily_actor_totals GROUP BY substr(day, 1, 7), actor_id;

INSERT INTO monthly_incidents (month, incidents, reports, killed_min, killed_max, wounded_min, wounded_max)
SELECT substr(first_reported, 1, 7) || '-01 00:00:00', COUNT(*), SUM(reports), SUM(COALESCE(killed_low, 0)), SUM(COALESCE(killed_high, 0)),
       SUM(COALESCE(wounded_low, 0)), SUM(COALESCE(wounded_high, 0))
FROM incidents GROUP BY substr(first_reported, 1, 7);

-- Each trigger takes out the old row's counts and adds the new row's; a month left with nothing is removed,
-- as the per-day tables remove an empty day, so a recount from the raw tables finds the same rows.
CREATE TRIGGER daily_source_articles_added AFTER INSERT ON daily_source_articles BEGIN
    INSERT INTO monthly_source_articles (month, source_id, articles) VALUES (substr(NEW.day, 1, 7) || '-01 00:00:00', NEW.source_id, NEW.articles)
    ON CONFLICT (month, source_id) DO UPDATE SET articles = articles + excluded.articles;
END;

CREATE TRIGGER daily_source_articles_changed AFTER UPDATE ON daily_source_articles BEGIN
    UPDATE monthly_source_articles SET articles = articles - OLD.articles WHERE month = substr(OLD.day, 1, 7) || '-01 00:00:00' AND source_id = OLD.source_id;
    INSERT INTO monthly_source_articles (month, source_id, articles) VALUES (substr(NEW.day, 1, 7) || '-01 00:00:00', NEW.source_id, NEW.articles)
    ON CONFLICT (month, source_id) DO UPDATE SET articles = articles + excluded.articles;
    DELETE FROM monthly_source_articles WHERE month = substr(OLD.day, 1, 7) || '-01 00:00:00' AND source_id = OLD.source_id AND articles <= 0;
END;

CREATE TRIGGER daily_source_articles_removed AFTER DELETE ON daily_source_articles BEGIN
    UPDATE monthly_source_articles SET articles = articles - OLD.articles WHERE month = substr(OLD.day, 1, 7) || '-01 00:00:00' AND source_id = OLD.source_id;
    DELETE FROM monthly_source_articles WHERE month = substr(OLD.day, 1, 7) || '-01 00:00:00' AND source_id = OLD.source_id AND articles <= 0;
END;

CREATE TRIGGER daily_actor_totals_added AFTER INSERT ON daily_actor_totals BEGIN
    INSERT INTO monthly_actor_totals (month, actor_id, articles, mentions) VALUES (substr(NEW.day, 1, 7) || '-01 00:00:00', NEW.actor_id, NEW.articles, NEW.mentions)
    ON CONFLICT (month, actor_id) DO UPDATE SET articles = articles + excluded.articles, mentions = mentions + excluded.mentions;
END;

CREATE TRIGGER daily_actor_totals_changed AFTER UPDATE ON daily_actor_totals BEGIN
    UPDATE monthly_actor_totals SET articles = articles - OLD.articles, mentions = mentions - OLD.mentions
    WHERE month = substr(OLD.day, 1, 7) || '-01 00:00:00' AND actor_id = OLD.actor_id;
    INSERT INTO monthly_actor_totals (month, actor_id, articles, mentions) VALUES (substr(NEW.day, 1, 7) || '-01 00:00:00', NEW.actor_id, NEW.articles, NEW.mentions)
    ON CONFLICT (month, actor_id) DO UPDATE SET articles = articles + excluded.articles, mentions = mentions + excluded.mentions;
    DELETE FROM monthly_actor_totals WHERE month = substr(OLD.day, 1, 7) || '-01 00:00:00' AND actor_id = OLD.actor_id AND articles <= 0;
END;

CREATE TRIGGER daily_actor_totals_removed AFTER DELETE ON daily_actor_totals BEGIN
    UPDATE monthly_actor_totals SET articles = articles - OLD.articles, mentions = mentions - OLD.mentions
    WHERE month = substr(OLD.day, 1, 7) || '-01 00:00:00' AND actor_id = OLD.actor_id;
    DELETE FROM monthly_actor_totals WHERE month = substr(OLD.day, 1, 7) || '-01 00:00:00' AND actor_id = OLD.actor_id AND articles <= 0;
END;

CREATE TRIGGER incidents_added AFTER INSERT ON incidents BEGIN
    INSERT INTO monthly_incidents (month, incidents, reports, killed_min, killed_max, wounded_min, wounded_max)
    VALUES (substr(NEW.first_reported, 1, 7) || '-01 00:00:00', 1, NEW.reports, COALESCE(NEW.killed_low, 0), COALESCE(NEW.killed_high, 0),
            COALESCE(NEW.wounded_low, 0), COALESCE(NEW.wounded_high, 0))
    ON CONFLICT (month) DO UPDATE SET incidents = incidents + 1, reports = reports + excluded.reports,
        killed_min = killed_min + excluded.killed_min, killed_max = killed_max + excluded.killed_max,
        wounded_min = wounded_min + excluded.wounded_min, wounded_max = wounded_max + excluded.wounded_max;
END;

CREATE TRIGGER incidents_changed AFTER UPDATE OF first_reported, reports, killed_low, killed_high, wounded_low, wounded_high ON incidents BEGIN
    UPDATE monthly_incidents SET incidents = incidents - 1, reports = reports - OLD.reports,
        killed_min = killed_min - COALESCE(OLD.killed_low, 0), killed_max = killed_max - COALESCE(OLD.killed_high, 0),
        wounded_min = wounded_min - COALESCE(OLD.wounded_low, 0), wounded_max = wounded_max - COALESCE(OLD.wounded_high, 0)
    WHERE month = substr(OLD.first_reported, 1, 7) || '-01 00:00:00';
    INSERT INTO monthly_incidents (month, incidents, reports, killed_min, killed_max, wounded_min, wounded_max)
    VALUES (substr(NEW.first_reported, 1, 7) || '-01 00:00:00', 1, NEW.reports, COALESCE(NEW.killed_low, 0), COALESCE(NEW.killed_high, 0),
            COALESCE(NEW.wounded_low, 0), COALESCE(NEW.wounded_high, 0))
    ON CONFLICT (month) DO UPDATE SET incidents = incidents + 1, reports = reports + excluded.reports,
        killed_min = killed_min + excluded.killed_min, killed_max = killed_max + excluded.killed_max,
        wounded_min = wounded_min + excluded.wounded_min, wounded_max = wounded_max + excluded.wounded_max;
    DELETE FROM monthly_incidents WHERE month = substr(OLD.first_reported, 1, 7) || '-01 00:00:00' AND incidents <= 0;
END;

CREATE TRIGGER incidents_removed AFTER DELETE ON incidents BEGIN
    UPDATE monthly_incidents SET incidents = incidents - 1, reports = reports - OLD.reports,
        killed_min = killed_min - COALESCE(OLD.killed_low, 0), killed_max = killed_max - COALESCE(OLD.killed_high, 0),
        wounded_min = wounded_min - COALESCE(OLD.wounded_low, 0), wounded_max = wounded_max - COALESCE(OLD.wounded_high, 0)
    WHERE month = substr(OLD.first_reported, 1, 7) || '-01 00:00:00';
    DELETE FROM monthly_incidents WHERE month = substr(OLD.first_reported, 1, 7) || '-01 00:00:00' AND incidents <= 0;
END;
