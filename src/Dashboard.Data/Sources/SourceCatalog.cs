using System.Data.Common;
using Dapper;
using Dashboard.Core.Ingest;
using Dashboard.Data.Dialects;

namespace Dashboard.Data.Sources;

/// <summary>Editing outlets: their display names, the aliases that lead to them, and merging two that are one.</summary>
public sealed class SourceCatalog(ISqlDialect dialect)
{
    /// <summary>Every outlet with its aliases and article count, largest first.</summary>
    public async Task<IReadOnlyList<(long Id, string Name, long Articles, IReadOnlyList<string> Aliases)>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await dialect.OpenAsync(cancellationToken);
        var sources = await connection.QueryAsync<(long Id, string Name, long Articles)>(new CommandDefinition(
            "SELECT s.id, s.name, (SELECT COUNT(*) FROM articles a WHERE a.source_id = s.id) AS n FROM sources s ORDER BY n DESC, s.name", cancellationToken: cancellationToken));
        var aliases = (await connection.QueryAsync<(long SourceId, string Alias)>(new CommandDefinition(
            "SELECT source_id, alias_key FROM source_aliases ORDER BY alias_key", cancellationToken: cancellationToken))).ToLookup(a => a.SourceId, a => a.Alias);
        return [.. sources.Select(s => (s.Id, s.Name, s.Articles, (IReadOnlyList<string>)[.. aliases[s.Id]]))];
    }

    /// <summary>Makes <paramref name="alias"/> (a name or a web address) lead to the outlet named <paramref name="source"/>.</summary>
    public Task AddAliasAsync(string source, string alias, CancellationToken cancellationToken = default) =>
        InTransactionAsync(async (connection, transaction) =>
        {
            var id = await IdOfAsync(connection, transaction, source, cancellationToken);
            await connection.ExecuteAsync(new CommandDefinition(
                "INSERT INTO source_aliases (alias_key, source_id) VALUES (@Key, @Id) ON CONFLICT (alias_key) DO UPDATE SET source_id = excluded.source_id",
                new { Key = SourceKey.Of(alias), Id = id }, transaction, cancellationToken: cancellationToken));
        }, cancellationToken);

    /// <summary>Shows the outlet under a new name; its aliases still lead to it.</summary>
    public Task RenameAsync(string source, string newName, CancellationToken cancellationToken = default) =>
        InTransactionAsync(async (connection, transaction) =>
        {
            var id = await IdOfAsync(connection, transaction, source, cancellationToken);
            await connection.ExecuteAsync(new CommandDefinition("UPDATE sources SET name = @Name WHERE id = @Id", new { Name = newName.Trim(), Id = id }, transaction, cancellationToken: cancellationToken));
            await connection.ExecuteAsync(new CommandDefinition(
                "INSERT INTO source_aliases (alias_key, source_id) VALUES (@Key, @Id) ON CONFLICT (alias_key) DO NOTHING",
                new { Key = SourceKey.Of(newName), Id = id }, transaction, cancellationToken: cancellationToken));
        }, cancellationToken);

    /// <summary>Moves every article and alias of <paramref name="from"/> to <paramref name="into"/> and removes <paramref name="from"/>.</summary>
    public Task MergeAsync(string from, string into, CancellationToken cancellationToken = default) =>
        InTransactionAsync(async (connection, transaction) =>
        {
            var source = await IdOfAsync(connection, transaction, from, cancellationToken);
            var target = await IdOfAsync(connection, transaction, into, cancellationToken);
            if (source == target)
            {
                throw new ArgumentException($"'{from}' and '{into}' are already one outlet", nameof(into));
            }

            var ids = new { Source = source, Target = target };
            // Copies that become duplicates of the target's articles keep their own content key clash out: drop them.
            await connection.ExecuteAsync(new CommandDefinition(
                $"""
                DELETE FROM article_search WHERE {dialect.SearchIdColumn} IN (SELECT a.id FROM articles a WHERE a.source_id = @Source AND EXISTS (SELECT 1 FROM articles b WHERE b.source_id = @Target AND b.content_key = a.content_key));
                DELETE FROM mentions WHERE article_id IN (SELECT a.id FROM articles a WHERE a.source_id = @Source AND EXISTS (SELECT 1 FROM articles b WHERE b.source_id = @Target AND b.content_key = a.content_key));
                DELETE FROM casualty_facts WHERE article_id IN (SELECT a.id FROM articles a WHERE a.source_id = @Source AND EXISTS (SELECT 1 FROM articles b WHERE b.source_id = @Target AND b.content_key = a.content_key));
                DELETE FROM articles WHERE source_id = @Source AND EXISTS (SELECT 1 FROM articles b WHERE b.source_id = @Target AND b.content_key = articles.content_key);
                UPDATE articles SET source_id = @Target WHERE source_id = @Source;
                UPDATE source_aliases SET source_id = @Target WHERE source_id = @Source;
                """,
                ids, transaction, cancellationToken: cancellationToken));
            await Aggregates.DailyAggregates.RecountSourcesAsync(connection, transaction, dialect, [source, target], cancellationToken);
            await connection.ExecuteAsync(new CommandDefinition("DELETE FROM sources WHERE id = @Source", ids, transaction, cancellationToken: cancellationToken));
        }, cancellationToken);

    private static async Task<long> IdOfAsync(DbConnection connection, DbTransaction transaction, string name, CancellationToken cancellationToken) =>
        await connection.ExecuteScalarAsync<long?>(new CommandDefinition(
            "SELECT source_id FROM source_aliases WHERE alias_key = @Key", new { Key = SourceKey.Of(name) }, transaction, cancellationToken: cancellationToken))
        ?? throw new KeyNotFoundException($"no outlet is known as '{name}'");

    private async Task InTransactionAsync(Func<DbConnection, DbTransaction, Task> change, CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenForWritingAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await change(connection, transaction);
        await transaction.CommitAsync(cancellationToken);
    }
}
