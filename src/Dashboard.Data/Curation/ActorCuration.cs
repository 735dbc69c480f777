using System.Data.Common;
using Dapper;
using Dashboard.Core.Text;
using Dashboard.Data.Dialects;

namespace Dashboard.Data.Curation;

/// <summary>
/// Editors' changes to actors: rename, merge, aliases, kind, ignore. Each is stored so that the next
/// re-extraction keeps it: aliases route names to an actor before the extracted canonical name is
/// looked up, and a renamed actor keeps the key its spellings resolve to.
/// </summary>
public sealed class ActorCuration(ISqlDialect dialect)
{
    /// <summary>Actors of a kind (or all) whose name contains <paramref name="search"/>, most mentioned first.</summary>
    public async Task<IReadOnlyList<ActorRecord>> ListAsync(string? kind, string? search, int limit, CancellationToken cancellationToken = default)
    {
        await using var connection = await dialect.OpenAsync(cancellationToken);
        var rows = (await connection.QueryAsync<Row>(new CommandDefinition(
            $"""
            SELECT ac.id AS Id, ac.kind AS Kind, ac.canonical AS Canonical, ac.ignored AS Ignored,
                   -- Per matching actor, through its index: a search (the actor box, per keystroke) sums only its actors.
                   -- Summed over days, the per-day totals count each article once (an article has one day).
                   COALESCE((SELECT SUM(t.articles) FROM daily_actor_totals t WHERE t.actor_id = ac.id), 0) AS Articles,
                   COALESCE((SELECT SUM(t.mentions) FROM daily_actor_totals t WHERE t.actor_id = ac.id), 0) AS Mentions
            FROM actors ac
            WHERE (@Kind IS NULL OR ac.kind = @Kind) AND (@Search IS NULL OR {dialect.ContainsText("ac.canonical_key", "@Search")})
            ORDER BY Articles DESC, ac.canonical
            LIMIT @Limit
            """,
            new { Kind = kind, Search = string.IsNullOrWhiteSpace(search) ? null : ArabicNormalizer.Normalize(search), Limit = limit },
            cancellationToken: cancellationToken))).ToList();
        var aliases = (await connection.QueryAsync<(long ActorId, string Alias)>(new CommandDefinition(
            $"SELECT actor_id, alias_key FROM actor_aliases WHERE {dialect.InList("actor_id", "@Ids")}", new { Ids = rows.Select(r => r.Id).ToArray() }, cancellationToken: cancellationToken)))
            .ToLookup(a => a.ActorId, a => a.Alias);
        return [.. rows.Select(r => new ActorRecord(r.Id, r.Kind, r.Canonical, r.Ignored != 0, [.. aliases[r.Id].Order(StringComparer.Ordinal)], r.Articles, r.Mentions))];
    }

    /// <summary>Shows the actor under another canonical name; its spellings still resolve to it.</summary>
    public Task RenameAsync(long actorId, string canonical, CancellationToken cancellationToken = default) =>
        InTransactionAsync(async (connection, transaction) =>
        {
            var name = Required(canonical, nameof(canonical));
            var kind = await KindOfAsync(connection, transaction, actorId, cancellationToken);
            await connection.ExecuteAsync(new CommandDefinition("UPDATE actors SET canonical = @Name WHERE id = @Id", new { Id = actorId, Name = name }, transaction, cancellationToken: cancellationToken));
            await AliasAsync(connection, transaction, kind, ArabicNormalizer.Normalize(name), actorId, cancellationToken);
        }, cancellationToken);

    /// <summary>Moves every mention of <paramref name="sourceId"/> to <paramref name="targetId"/> and routes its names there from now on.</summary>
    public Task MergeAsync(long sourceId, long targetId, CancellationToken cancellationToken = default) =>
        InTransactionAsync(async (connection, transaction) =>
        {
            if (sourceId == targetId)
            {
                throw new ArgumentException("an actor cannot be merged into itself", nameof(targetId));
            }

            var kind = await KindOfAsync(connection, transaction, targetId, cancellationToken);
            var sourceKey = await connection.ExecuteScalarAsync<string>(new CommandDefinition("SELECT canonical_key FROM actors WHERE id = @Id", new { Id = sourceId }, transaction, cancellationToken: cancellationToken))
                ?? throw new KeyNotFoundException($"actor {sourceId} does not exist");
            var parameters = new { Source = sourceId, Target = targetId };
            await connection.ExecuteAsync(new CommandDefinition("UPDATE mentions SET actor_id = @Target WHERE actor_id = @Source", parameters, transaction, cancellationToken: cancellationToken));
            await Aggregates.DailyAggregates.RecountActorsAsync(connection, transaction, dialect, [sourceId, targetId], cancellationToken);
            await connection.ExecuteAsync(new CommandDefinition("UPDATE actor_aliases SET actor_id = @Target WHERE actor_id = @Source", parameters, transaction, cancellationToken: cancellationToken));
            await AliasAsync(connection, transaction, kind, sourceKey, targetId, cancellationToken);
            await connection.ExecuteAsync(new CommandDefinition("UPDATE actors SET ignored = 1 WHERE id = @Source", parameters, transaction, cancellationToken: cancellationToken));
        }, cancellationToken);

    /// <summary>Makes a spelling name this actor, in every article, from the next re-extraction on.</summary>
    public Task AddAliasAsync(long actorId, string alias, CancellationToken cancellationToken = default) =>
        InTransactionAsync(async (connection, transaction) =>
        {
            var kind = await KindOfAsync(connection, transaction, actorId, cancellationToken);
            await AliasAsync(connection, transaction, kind, ArabicNormalizer.Normalize(Required(alias, nameof(alias))), actorId, cancellationToken);
        }, cancellationToken);

    /// <summary>Removes an alias an editor added.</summary>
    public Task RemoveAliasAsync(long actorId, string alias, CancellationToken cancellationToken = default) =>
        InTransactionAsync((connection, transaction) => connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM actor_aliases WHERE actor_id = @Id AND alias_key = @Key",
            new { Id = actorId, Key = ArabicNormalizer.Normalize(alias) }, transaction, cancellationToken: cancellationToken)), cancellationToken);

    /// <summary>Changes whether the actor is a person, an organisation or a place.</summary>
    public Task SetKindAsync(long actorId, string kind, CancellationToken cancellationToken = default) =>
        InTransactionAsync(async (connection, transaction) =>
        {
            if (kind is not ("person" or "organization" or "place"))
            {
                throw new ArgumentException($"'{kind}' is not an actor kind: use person, organization or place", nameof(kind));
            }

            var key = await connection.ExecuteScalarAsync<string>(new CommandDefinition("SELECT canonical_key FROM actors WHERE id = @Id", new { Id = actorId }, transaction, cancellationToken: cancellationToken))
                ?? throw new KeyNotFoundException($"actor {actorId} does not exist");
            var existing = await connection.ExecuteScalarAsync<long?>(new CommandDefinition(
                "SELECT id FROM actors WHERE kind = @Kind AND canonical_key = @Key AND id <> @Id", new { Kind = kind, Key = key, Id = actorId }, transaction, cancellationToken: cancellationToken));
            if (existing is not null)
            {
                throw new InvalidOperationException($"a {kind} with this name exists already (actor {existing}); merge the two instead");
            }

            await connection.ExecuteAsync(new CommandDefinition("UPDATE actors SET kind = @Kind WHERE id = @Id", new { Kind = kind, Id = actorId }, transaction, cancellationToken: cancellationToken));
            await connection.ExecuteAsync(new CommandDefinition("UPDATE actor_aliases SET kind = @Kind WHERE actor_id = @Id", new { Kind = kind, Id = actorId }, transaction, cancellationToken: cancellationToken));
        }, cancellationToken);

    /// <summary>Leaves the actor out of every chart and list (or brings it back).</summary>
    public Task SetIgnoredAsync(long actorId, bool ignored, CancellationToken cancellationToken = default) =>
        InTransactionAsync((connection, transaction) => connection.ExecuteAsync(new CommandDefinition(
            "UPDATE actors SET ignored = @Ignored WHERE id = @Id", new { Id = actorId, Ignored = ignored ? 1 : 0 }, transaction, cancellationToken: cancellationToken)), cancellationToken);

    private static async Task AliasAsync(DbConnection connection, DbTransaction transaction, string kind, string key, long actorId, CancellationToken cancellationToken) =>
        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO actor_aliases (kind, alias_key, actor_id) VALUES (@Kind, @Key, @Id)
            ON CONFLICT (kind, alias_key) DO UPDATE SET actor_id = excluded.actor_id
            """,
            new { Kind = kind, Key = key, Id = actorId }, transaction, cancellationToken: cancellationToken));

    private static async Task<string> KindOfAsync(DbConnection connection, DbTransaction transaction, long actorId, CancellationToken cancellationToken) =>
        await connection.ExecuteScalarAsync<string>(new CommandDefinition("SELECT kind FROM actors WHERE id = @Id", new { Id = actorId }, transaction, cancellationToken: cancellationToken))
            ?? throw new KeyNotFoundException($"actor {actorId} does not exist");

    private static string Required(string value, string name) =>
        string.IsNullOrWhiteSpace(value) ? throw new ArgumentException($"{name} must not be empty", name) : value.Trim();

    private async Task InTransactionAsync(Func<DbConnection, DbTransaction, Task> change, CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenForWritingAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await change(connection, transaction);
        await transaction.CommitAsync(cancellationToken);
    }

    private sealed class Row
    {
        public long Id { get; init; }
        public string Kind { get; init; } = "";
        public string Canonical { get; init; } = "";
        public long Ignored { get; init; }
        public long Articles { get; init; }
        public long Mentions { get; init; }
    }
}
