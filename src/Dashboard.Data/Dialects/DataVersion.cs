using System.Data;
using System.Data.Common;

namespace Dashboard.Data.Dialects;

/// <summary>
/// A number that changes whenever stored data may have changed, so a saved query result can tell
/// whether it still holds. It moves when a writing connection opens and again when it closes: a
/// result computed while a write was under way is saved under the number of that moment, which the
/// closing write leaves behind, so no reader ever reuses a result from before a commit.
/// </summary>
public sealed class DataVersion
{
    private long _value;

    /// <summary>The number now; equal numbers mean no write opened or closed in between.</summary>
    public long Current => Interlocked.Read(ref _value);

    /// <summary>Marks a change made outside a tracked connection.</summary>
    public void Changed() => Interlocked.Increment(ref _value);

    /// <summary>Moves the number now and once more when <paramref name="connection"/> closes (after its commit).</summary>
    public DbConnection Track(DbConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        Changed();
        connection.StateChange += (_, change) =>
        {
            if (change.CurrentState == ConnectionState.Closed)
            {
                Changed();
            }
        };
        return connection;
    }
}
