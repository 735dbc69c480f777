-- Full-text search over the normalised text of each article (title and body). The terms are
-- computed by the application (Dashboard.Core.Search.SearchTerms: folded spelling, proclitic
-- stems), so the index stores no text of its own: the rowid is the article's id. Articles stored
-- before this script are indexed by the application after the migration (SearchIndex.BackfillAsync).
CREATE VIRTUAL TABLE article_search USING fts5 (
    terms,
    content = '',
    contentless_delete = 1,
    tokenize = 'unicode61 remove_diacritics 0'
);
