using System.Collections.Concurrent;
using System.Data.Common;
using System.Globalization;

namespace Dashboard.Data.Dialects;

/// <summary>
/// SQLite's fast path for many rows: INSERTs of up to 100 rows each, one command for every full chunk
/// (SQLite compiles it once, then only binds values) and one for the rest.
/// </summary>
internal static class MultiRowInsert
{
    private const int RowsPerStatement = 100;

    // The statement text for a table, its columns and a row count, made once.
    private static readonly ConcurrentDictionary<(string Table, string Columns, int Rows), string> Texts = new();

    public static async Task WriteAsync(DbConnection connection, DbTransaction transaction, BulkRows rows, CancellationToken cancellationToken)
    {
        var full = rows.Rows.Count / RowsPerStatement;
        if (full > 0)
        {
            await using var command = Command(connection, transaction, rows, RowsPerStatement);
            for (var chunk = 0; chunk < full; chunk++)
            {
                await RunAsync(command, rows, chunk * RowsPerStatement, RowsPerStatement, cancellationToken);
            }
        }

        var rest = rows.Rows.Count % RowsPerStatement;
        if (rest > 0)
        {
            await using var command = Command(connection, transaction, rows, rest);
            await RunAsync(command, rows, full * RowsPerStatement, rest, cancellationToken);
        }
    }

    private static DbCommand Command(DbConnection connection, DbTransaction transaction, BulkRows rows, int count)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = Texts.GetOrAdd((rows.Table, string.Join(", ", rows.Columns), count), key => string.Concat(
            $"INSERT INTO {key.Table} ({key.Columns}) VALUES ",
            string.Join(", ", Enumerable.Range(0, key.Rows).Select(row =>
                "(" + string.Join(", ", Enumerable.Range(0, rows.Columns.Count).Select(column => Name(row, column, rows.Columns.Count))) + ")"))));
        for (var i = 0; i < count * rows.Columns.Count; i++)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = Name(i / rows.Columns.Count, i % rows.Columns.Count, rows.Columns.Count);
            command.Parameters.Add(parameter);
        }

        return command;
    }

    private static Task<int> RunAsync(DbCommand command, BulkRows rows, int first, int count, CancellationToken cancellationToken)
    {
        var width = rows.Columns.Count;
        for (var row = 0; row < count; row++)
        {
            var values = rows.Rows[first + row];
            for (var column = 0; column < width; column++)
            {
                command.Parameters[(row * width) + column].Value = values[column] ?? DBNull.Value;
            }
        }

        return command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static string Name(int row, int column, int width) => "@P" + ((row * width) + column).ToString(CultureInfo.InvariantCulture);
}
