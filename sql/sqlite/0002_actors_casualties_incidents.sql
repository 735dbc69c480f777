-- What extraction finds in each article: actors (merged across spellings) and their mentions,
-- casualty facts, and the incidents those facts report, counted once however many articles repeat them.
CREATE TABLE actors (
    id              INTEGER PRIMARY KEY,
    kind            TEXT NOT NULL CHECK (kind IN ('person', 'organization', 'place')),
    canonical       TEXT NOT NULL,
    -- The normalised canonical name: spellings that fold to the same key are one actor.
    canonical_key   TEXT NOT NULL,
    ignored         INTEGER NOT NULL DEFAULT 0,
    UNIQUE (kind, canonical_key)
);

-- Editors' curation: a name key that must resolve to a given actor (merges, added aliases).
CREATE TABLE actor_aliases (
    kind            TEXT NOT NULL,
    alias_key       TEXT NOT NULL,
    actor_id        INTEGER NOT NULL REFERENCES actors (id),
    PRIMARY KEY (kind, alias_key)
);

CREATE TABLE mentions (
    id              INTEGER PRIMARY KEY,
    article_id      INTEGER NOT NULL REFERENCES articles (id),
    actor_id        INTEGER NOT NULL REFERENCES actors (id),
    field           TEXT NOT NULL,
    start_offset    INTEGER NOT NULL,
    end_offset      INTEGER NOT NULL,
    text            TEXT NOT NULL
);

CREATE INDEX ix_mentions_actor ON mentions (actor_id, article_id);
CREATE INDEX ix_mentions_article ON mentions (article_id);

CREATE TABLE incidents (
    id              INTEGER PRIMARY KEY,
    first_reported  TEXT NOT NULL,
    last_reported   TEXT NOT NULL,
    place           TEXT,
    affiliation     TEXT,
    killed_low      INTEGER,
    killed_high     INTEGER,
    wounded_low     INTEGER,
    wounded_high    INTEGER,
    reports         INTEGER NOT NULL DEFAULT 0
);

CREATE INDEX ix_incidents_place ON incidents (place, last_reported);
CREATE INDEX ix_incidents_first ON incidents (first_reported);

CREATE TABLE casualty_facts (
    id              INTEGER PRIMARY KEY,
    article_id      INTEGER NOT NULL REFERENCES articles (id),
    incident_id     INTEGER REFERENCES incidents (id),
    field           TEXT NOT NULL,
    start_offset    INTEGER NOT NULL,
    end_offset      INTEGER NOT NULL,
    text            TEXT NOT NULL,
    kind            TEXT NOT NULL,
    min_count       INTEGER,
    max_count       INTEGER,
    approx          INTEGER NOT NULL,
    victim_group    TEXT,
    affiliation     TEXT,
    place           TEXT,
    -- Whether this fact is the figure its article gives for the incident (not a breakdown of it).
    is_report       INTEGER NOT NULL DEFAULT 0
);

CREATE INDEX ix_casualty_facts_article ON casualty_facts (article_id);
CREATE INDEX ix_casualty_facts_incident ON casualty_facts (incident_id);
