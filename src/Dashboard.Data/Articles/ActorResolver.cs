using System.Data.Common;
using Dapper;
using Dashboard.Core.Extraction;
using Dashboard.Core.Text;

namespace Dashboard.Data.Articles;

/// <summary>
/// Finds or creates the stored actor of a canonical name within one write transaction: an editor's
/// alias wins, else the actor whose normalised canonical name is the same, else a new actor.
/// </summary>
internal sealed class ActorResolver(DbConnection connection, DbTransaction transaction)
{
    private readonly Dictionary<(string Kind, string Key), long> _ids = [];

    public static string KindName(ActorKind kind) => kind switch
    {
        ActorKind.Person => "person",
        ActorKind.Organization => "organization",
        _ => "place",
    };

    public async Task<long> IdOfAsync(ActorKind kind, string canonical, CancellationToken cancellationToken)
    {
        var kindName = KindName(kind);
        var key = ArabicNormalizer.Normalize(canonical);
        if (_ids.TryGetValue((kindName, key), out var id))
        {
            return id;
        }

        var parameters = new { Kind = kindName, Key = key, Canonical = canonical };
        var aliased = await connection.ExecuteScalarAsync<long?>(new CommandDefinition(
            "SELECT actor_id FROM actor_aliases WHERE kind = @Kind AND alias_key = @Key", parameters, transaction, cancellationToken: cancellationToken));
        if (aliased is { } alias)
        {
            return _ids[(kindName, key)] = alias;
        }

        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO actors (kind, canonical, canonical_key) VALUES (@Kind, @Canonical, @Key) ON CONFLICT (kind, canonical_key) DO NOTHING",
            parameters, transaction, cancellationToken: cancellationToken));
        id = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT id FROM actors WHERE kind = @Kind AND canonical_key = @Key", parameters, transaction, cancellationToken: cancellationToken));
        return _ids[(kindName, key)] = id;
    }
}
