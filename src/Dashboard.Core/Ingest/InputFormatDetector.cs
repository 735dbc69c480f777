using System.Text;
using Dashboard.Core.Ingest.Aggregator;

namespace Dashboard.Core.Ingest;

/// <summary>Tells an input's format from its first bytes, whatever the file is called.</summary>
public static class InputFormatDetector
{
    /// <summary>How many bytes <see cref="Detect"/> wants to see.</summary>
    public const int HeadLength = 4096;

    /// <summary>The container format of raw bytes (gzip, zip), binary data, or null when the bytes are text.</summary>
    public static InputFormat? DetectContainer(ReadOnlySpan<byte> head)
    {
        if (head.Length >= 2 && head[0] == 0x1F && head[1] == 0x8B)
        {
            return InputFormat.Gzip;
        }

        if (head.Length >= 4 && head[0] == (byte)'P' && head[1] == (byte)'K' && head[2] == 3 && head[3] == 4)
        {
            return InputFormat.Zip;
        }

        return TextDecoding.IsBinary(head) ? InputFormat.Binary : null;
    }

    /// <summary>The format of decoded text that begins with <paramref name="head"/>.</summary>
    public static InputFormat DetectText(string head)
    {
        ArgumentNullException.ThrowIfNull(head);
        var text = head.TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        if (text.Length == 0)
        {
            return InputFormat.Unknown;
        }

        switch (text[0])
        {
            case '{':
                return InputFormat.JsonLines;
            case '[':
                return InputFormat.JsonArray;
            case '<':
                var start = text[..Math.Min(text.Length, 1024)];
                return start.Contains("<rss", StringComparison.OrdinalIgnoreCase) || start.Contains("<feed", StringComparison.OrdinalIgnoreCase) || start.Contains("<rdf", StringComparison.OrdinalIgnoreCase)
                    ? InputFormat.Feed
                    : start.Contains("<html", StringComparison.OrdinalIgnoreCase) || start.Contains("<!doctype html", StringComparison.OrdinalIgnoreCase) ? InputFormat.Html : InputFormat.Unknown;
        }

        if (AggregatorTextParser.LooksLikeExport(text))
        {
            return InputFormat.AggregatorText;
        }

        var header = text.Split('\n', 2)[0];
        var columns = header.Split(Csv.CsvArticleReader.DelimiterOf(header)).Select(c => c.Trim().Trim('"').ToUpperInvariant()).ToHashSet();
        return columns.Count > 1 && (columns.Contains("TITLE") || columns.Contains("BODY") || columns.Contains("TEXT")) ? InputFormat.Csv : InputFormat.Unknown;
    }

    /// <summary>The format of an input that begins with <paramref name="head"/>, decoded as UTF-8 when it is text.</summary>
    public static InputFormat Detect(ReadOnlySpan<byte> head) => DetectContainer(head) ?? DetectText(Encoding.UTF8.GetString(head));
}
