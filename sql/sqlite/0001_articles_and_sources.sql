-- Outlets and the articles they published. Times are UTC text 'YYYY-MM-DD HH:MM:SS' so that
-- text order is time order and a day is its first ten characters.
CREATE TABLE sources (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE
);

CREATE TABLE articles (
    id                  INTEGER PRIMARY KEY,
    source_id           INTEGER NOT NULL REFERENCES sources (id),
    -- SHA-256 of the normalised title and body: the same text from the same outlet is one article.
    content_key         TEXT NOT NULL,
    external_id         TEXT,
    url                 TEXT,
    title               TEXT NOT NULL,
    body                TEXT NOT NULL,
    published_at        TEXT NOT NULL,
    -- The offset the input gave, in minutes, so the original local time can be shown again.
    published_offset    INTEGER NOT NULL DEFAULT 0,
    ingested_at         TEXT NOT NULL,
    UNIQUE (source_id, content_key)
);

CREATE INDEX ix_articles_published ON articles (published_at, source_id);
