using System.Data.Common;
using Dashboard.Data.Queries;
using DbUp.Engine;

namespace Dashboard.Data.Dialects;

/// <summary>
/// Everything that differs between the engines, in one place: opening a connection, how a time is
/// stored, how a period is computed, and the migration engine. Queries keep their SQL next to
/// their Dapper call and ask the dialect only for these pieces.
/// </summary>
public interface ISqlDialect
{
    /// <summary>An open connection with the engine's per-connection settings applied.</summary>
    Task<DbConnection> OpenAsync(CancellationToken cancellationToken = default);

    /// <summary>A SQL expression for the first day of the period containing <paramref name="column"/>, as 'YYYY-MM-DD' text.</summary>
    string PeriodStart(Granularity granularity, string column);

    /// <summary>A SQL condition: <paramref name="column"/> contains the text of parameter <paramref name="parameter"/> (with its @).</summary>
    string ContainsText(string column, string parameter);

    /// <summary>The parameter value that stores <paramref name="instant"/> in a timestamp column.</summary>
    object Timestamp(DateTimeOffset instant);

    /// <summary>The instant a timestamp column holds, from the value the driver returned.</summary>
    DateTimeOffset ReadTimestamp(object value);

    /// <summary>A migration engine over this engine's numbered scripts.</summary>
    UpgradeEngine MigrationEngine();
}
