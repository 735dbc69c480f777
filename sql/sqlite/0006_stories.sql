-- Stories: articles that are copies of one another (syndicated with small edits, across outlets),
-- found by MinHash. Every copy stays an article of its outlet; the story lets incidents and readers
-- see them as one. A story keeps the signature of its first article and that article's band keys.
CREATE TABLE stories (
    id              INTEGER PRIMARY KEY,
    first_published TEXT NOT NULL,
    signature       BLOB NOT NULL,
    articles        INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE story_bands (
    band            INTEGER NOT NULL,
    bucket          INTEGER NOT NULL,
    story_id        INTEGER NOT NULL REFERENCES stories (id),
    published       TEXT NOT NULL
);

CREATE INDEX ix_story_bands ON story_bands (band, bucket, published);

ALTER TABLE articles ADD COLUMN story_id INTEGER REFERENCES stories (id);
CREATE INDEX ix_articles_story ON articles (story_id);
