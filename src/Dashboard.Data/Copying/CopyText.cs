using System.Globalization;

namespace Dashboard.Data.Copying;

/// <summary>
/// One value in PostgreSQL's COPY text format: the server parses it by its column's type, so a SQLite value
/// (a number, the UTC text of a time, text, bytes) needs no mapping of its own.
/// </summary>
internal static class CopyText
{
    /// <summary>The value as a COPY text field: <c>\N</c> for null, backslash escapes for what would end a field or row.</summary>
    public static string Field(object? value) => value switch
    {
        null or DBNull => @"\N",
        long number => number.ToString(CultureInfo.InvariantCulture),
        int number => number.ToString(CultureInfo.InvariantCulture),
        double number => number.ToString("R", CultureInfo.InvariantCulture),
        bool flag => flag ? "t" : "f",
        byte[] bytes => @"\\x" + Convert.ToHexStringLower(bytes),
        string text => Escape(text),
        _ => throw new ArgumentException($"No COPY text form for a {value.GetType().Name} value.", nameof(value)),
    };

    private static string Escape(string text)
    {
        if (text.AsSpan().IndexOfAny('\\', '\t', '\n') < 0 && !text.Contains('\r', StringComparison.Ordinal))
        {
            return text;
        }

        return text.Replace(@"\", @"\\", StringComparison.Ordinal)
            .Replace("\t", @"\t", StringComparison.Ordinal)
            .Replace("\n", @"\n", StringComparison.Ordinal)
            .Replace("\r", @"\r", StringComparison.Ordinal);
    }
}
