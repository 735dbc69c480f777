using Dashboard.Core.Extraction;
using Dashboard.Core.Text;

namespace Dashboard.Data.Articles;

/// <summary>
/// Finds or creates the stored actor of a canonical name within one write transaction: an editor's
/// alias wins, else the actor whose normalised canonical name is the same, else a new actor. A batch
/// meets each of its actors once: the first meeting is one lookup (alias and actor together, through
/// the batch's reused statements, since a batch of long articles meets thousands of actors), plus an
/// insert for an actor never seen before.
/// </summary>
internal sealed class ActorResolver(ReusedStatements statements)
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

        var known = await statements.ScalarAsync(
            """
            SELECT COALESCE(
                (SELECT actor_id FROM actor_aliases WHERE kind = @Kind AND alias_key = @Key),
                (SELECT id FROM actors WHERE kind = @Kind AND canonical_key = @Key))
            """,
            cancellationToken, ("Kind", kindName), ("Key", key));
        if (known is { } found)
        {
            return _ids[(kindName, key)] = found;
        }

        // Another writer (an upload beside a command-line ingest on PostgreSQL) may add the same actor
        // first: the insert then returns nothing and the actor it added is read.
        var created = await statements.ScalarAsync(
            "INSERT INTO actors (kind, canonical, canonical_key) VALUES (@Kind, @Canonical, @Key) ON CONFLICT (kind, canonical_key) DO NOTHING RETURNING id",
            cancellationToken, ("Kind", kindName), ("Canonical", canonical), ("Key", key));
        return _ids[(kindName, key)] = created ?? await statements.ScalarAsync(
            "SELECT id FROM actors WHERE kind = @Kind AND canonical_key = @Key", cancellationToken, ("Kind", kindName), ("Key", key))
            ?? throw new InvalidOperationException($"actor '{canonical}' was neither found nor added");
    }
}
