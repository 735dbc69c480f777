-- Full-text search over the normalised text of each article (title and body). The terms are
-- computed by the application (Dashboard.Core.Search.SearchTerms: folded spelling, proclitic
-- stems), so the 'simple' configuration only splits them: no stemming or stop words of its own.
-- Articles stored before this script are indexed by the application (SearchIndex.BackfillAsync).
CREATE TABLE article_search (
    article_id      BIGINT PRIMARY KEY REFERENCES articles (id),
    terms           TSVECTOR NOT NULL
);

CREATE INDEX ix_article_search_terms ON article_search USING GIN (terms);
