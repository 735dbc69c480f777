using Npgsql;
using NpgsqlTypes;

namespace Dashboard.Data.Dialects;

/// <summary>
/// PostgreSQL's fast path for many rows: one binary COPY, which skips parsing, planning and the
/// text form of every value. The types come from the values, so each must be its column's type.
/// </summary>
internal static class BinaryCopy
{
    public static async Task WriteAsync(NpgsqlConnection connection, BulkRows rows, CancellationToken cancellationToken)
    {
        await using var importer = await connection.BeginBinaryImportAsync(
            $"COPY {rows.Table} ({string.Join(", ", rows.Columns)}) FROM STDIN (FORMAT BINARY)", cancellationToken);
        foreach (var values in rows.Rows)
        {
            await importer.StartRowAsync(cancellationToken);
            foreach (var value in values)
            {
                await WriteAsync(importer, value, cancellationToken);
            }
        }

        await importer.CompleteAsync(cancellationToken);
    }

    private static Task WriteAsync(NpgsqlBinaryImporter importer, object? value, CancellationToken cancellationToken) => value switch
    {
        null => importer.WriteNullAsync(cancellationToken),
        long number => importer.WriteAsync(number, NpgsqlDbType.Bigint, cancellationToken),
        int number => importer.WriteAsync(number, NpgsqlDbType.Integer, cancellationToken),
        string text => importer.WriteAsync(text, NpgsqlDbType.Text, cancellationToken),
        bool flag => importer.WriteAsync(flag, NpgsqlDbType.Boolean, cancellationToken),
        DateTime instant => importer.WriteAsync(instant, NpgsqlDbType.TimestampTz, cancellationToken),
        _ => throw new ArgumentException($"No COPY type for a {value.GetType().Name} value.", nameof(value)),
    };
}
