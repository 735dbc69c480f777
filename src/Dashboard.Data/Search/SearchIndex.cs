using System.Data.Common;
using Dapper;
using Dashboard.Core.Search;
using Dashboard.Data.Articles;
using Dashboard.Data.Dialects;

namespace Dashboard.Data.Search;

/// <summary>
/// The full-text index of articles: written in the same transaction as the article, and filled for
/// articles stored before the index existed. The terms come from <see cref="SearchTerms"/>, so both
/// engines search the same normalised words.
/// </summary>
public sealed class SearchIndex(ISqlDialect dialect)
{
    private const int BatchSize = 500;

    /// <summary>Adds one article's terms inside the caller's transaction.</summary>
    internal static Task AddAsync(ReusedStatements statements, ISqlDialect dialect, long articleId, string terms, CancellationToken cancellationToken) =>
        statements.ExecuteAsync(dialect.IndexSearchTermsSql, cancellationToken, ("Id", articleId), ("Terms", terms));

    /// <summary>
    /// Indexes every article that is not in the index yet, a batch per transaction, so an interrupted
    /// run resumes where it stopped. Returns how many articles it indexed.
    /// </summary>
    public async Task<long> BackfillAsync(CancellationToken cancellationToken = default)
    {
        // It runs at every start: two counts say at once that nothing is missing, instead of probing every article.
        await using (var probe = await dialect.OpenAsync(cancellationToken))
        {
            var missing = await probe.ExecuteScalarAsync<long>(new CommandDefinition(
                "SELECT (SELECT COUNT(*) FROM articles) - (SELECT COUNT(*) FROM article_search)", cancellationToken: cancellationToken));
            if (missing <= 0)
            {
                return 0;
            }
        }

        var indexed = 0L;
        var after = 0L;
        while (true)
        {
            await using var connection = await dialect.OpenForWritingAsync(cancellationToken);
            var rows = (await connection.QueryAsync<MissingRow>(new CommandDefinition(
                $"""
                SELECT a.id AS Id, a.title AS Title, a.body AS Body FROM articles a
                WHERE a.id > @After AND NOT {dialect.IsSearchIndexed("a.id")}
                ORDER BY a.id
                LIMIT {BatchSize}
                """,
                new { After = after }, cancellationToken: cancellationToken))).ToList();
            if (rows.Count == 0)
            {
                return indexed;
            }

            var terms = new string[rows.Count];
            Parallel.For(0, rows.Count, i => terms[i] = SearchTerms.Index(rows[i].Title, rows[i].Body));
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            await using (var statements = new ReusedStatements(connection, transaction))
            {
                for (var i = 0; i < rows.Count; i++)
                {
                    await AddAsync(statements, dialect, rows[i].Id, terms[i], cancellationToken);
                }
            }

            await transaction.CommitAsync(cancellationToken);
            indexed += rows.Count;
            after = rows[^1].Id;
        }
    }

    private sealed class MissingRow
    {
        public long Id { get; init; }
        public string Title { get; init; } = "";
        public string Body { get; init; } = "";
    }
}
