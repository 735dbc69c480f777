namespace Dashboard.Data.Dialects;

/// <summary>
/// Rows for one table, written together by <see cref="ISqlDialect.CopyRowsAsync"/>. Each row holds one
/// value per column, in column order, of the column's own type (<see cref="long"/> for BIGINT,
/// <see cref="string"/> for TEXT): PostgreSQL's binary COPY converts nothing.
/// </summary>
public sealed class BulkRows(string table, IReadOnlyList<string> columns)
{
    private readonly List<object?[]> _rows = [];

    /// <summary>The table the rows go to.</summary>
    public string Table => table;

    /// <summary>The columns each row fills, in order.</summary>
    public IReadOnlyList<string> Columns => columns;

    /// <summary>The rows kept so far.</summary>
    public IReadOnlyList<object?[]> Rows => _rows;

    /// <summary>Keeps a row; it must have one value per column.</summary>
    public void Add(params object?[] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Length != columns.Count)
        {
            throw new ArgumentException($"A row of {table} has {columns.Count} values ({string.Join(", ", columns)}), not {values.Length}.", nameof(values));
        }

        _rows.Add(values);
    }

    /// <summary>Forgets the rows, once they are written.</summary>
    public void Clear() => _rows.Clear();
}
