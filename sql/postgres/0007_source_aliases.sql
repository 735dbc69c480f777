-- The names an outlet goes by (راي اليوم، رأي اليوم، raialyoum.com), normalised, each leading to one source.
CREATE TABLE source_aliases (
    alias_key       TEXT PRIMARY KEY,
    source_id       BIGINT NOT NULL REFERENCES sources (id)
);

INSERT INTO source_aliases (alias_key, source_id) SELECT lower(name), id FROM sources;
