-- An outlet's own id names one article: the same id with other content is refused, not stored twice.
CREATE UNIQUE INDEX ux_articles_external_id ON articles (source_id, external_id) WHERE external_id IS NOT NULL;

-- Feeds fetched by URL, with what the server said last time, for conditional GET.
CREATE TABLE feeds (
    url             TEXT PRIMARY KEY,
    etag            TEXT,
    last_modified   TEXT,
    last_fetched    TIMESTAMPTZ,
    last_status     TEXT
);
