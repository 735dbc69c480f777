using System.Data.Common;

namespace Dashboard.Data.Articles;

/// <summary>
/// The ingest writer's hot statements, one command per SQL text for the length of a write transaction.
/// Dapper makes a new command per call, and SQLite then parses and plans the statement again for every
/// row: in a trace of a SaudiNewsNet ingest that was a third of the writer thread. A command kept and
/// run again keeps its compiled statement (Microsoft.Data.Sqlite reuses it when the text is unchanged),
/// so only the values are bound. On PostgreSQL the repeated text is what lets Npgsql's auto-prepare
/// (set in <see cref="Dialects.PostgresDialect"/>) keep the statement on the server. Queries outside the
/// ingest transaction stay with Dapper.
/// </summary>
internal sealed class ReusedStatements(DbConnection connection, DbTransaction transaction) : IAsyncDisposable
{
    private readonly Dictionary<string, DbCommand> _commands = new(StringComparer.Ordinal);

    /// <summary>Runs a statement that returns nothing; the values are the SQL's named parameters (without the @).</summary>
    public async Task<int> ExecuteAsync(string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] values) =>
        await Bound(sql, values).ExecuteNonQueryAsync(cancellationToken);

    /// <summary>Runs a statement and returns the first column of its first row, or null when it returns none.</summary>
    public async Task<long?> ScalarAsync(string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] values) =>
        await Bound(sql, values).ExecuteScalarAsync(cancellationToken) switch
        {
            null or DBNull => null,
            var value => Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture),
        };

    /// <summary>Runs a query and returns its first column as numbers.</summary>
    public async Task<List<long>> ColumnAsync(string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] values)
    {
        var column = new List<long>();
        await using var reader = await Bound(sql, values).ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            column.Add(reader.GetInt64(0));
        }

        return column;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        foreach (var command in _commands.Values)
        {
            await command.DisposeAsync();
        }

        _commands.Clear();
    }

    // The parameters are made on first use from the names given; later calls must give the same names.
    private DbCommand Bound(string sql, (string Name, object? Value)[] values)
    {
        if (!_commands.TryGetValue(sql, out var command))
        {
            command = connection.CreateCommand();
            command.CommandText = sql;
            command.Transaction = transaction;
            foreach (var (name, _) in values)
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = name;
                command.Parameters.Add(parameter);
            }

            _commands[sql] = command;
        }

        if (command.Parameters.Count != values.Length)
        {
            throw new ArgumentException($"The statement takes {command.Parameters.Count} values, not {values.Length}: {sql}", nameof(values));
        }

        for (var i = 0; i < values.Length; i++)
        {
            var parameter = command.Parameters[i];
            if (!string.Equals(parameter.ParameterName, values[i].Name, StringComparison.Ordinal))
            {
                throw new ArgumentException($"Value {i} is for @{values[i].Name}, the statement's is @{parameter.ParameterName}: {sql}", nameof(values));
            }

            parameter.Value = values[i].Value ?? DBNull.Value;
        }

        return command;
    }
}
