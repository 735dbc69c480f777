using System.Text;
using Dashboard.Core.Ingest.Aggregator;

namespace Dashboard.Core.Ingest;

/// <summary>Tells an input's format from its first bytes, whatever the file is called.</summary>
public static class InputFormatDetector
{
    /// <summary>How many bytes <see cref="Detect"/> wants to see.</summary>
    public const int HeadLength = 4096;

    /// <summary>The format of an input that begins with <paramref name="head"/>.</summary>
    public static InputFormat Detect(ReadOnlySpan<byte> head)
    {
        if (head.Length >= 2 && head[0] == 0x1F && head[1] == 0x8B)
        {
            return InputFormat.Gzip;
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            head = head[3..];
        }

        var first = head.IndexOfAnyExcept((ReadOnlySpan<byte>)" \t\r\n"u8);
        if (first < 0)
        {
            return InputFormat.Unknown;
        }

        return head[first] switch
        {
            (byte)'{' => InputFormat.JsonLines,
            (byte)'[' => InputFormat.JsonArray,
            _ when AggregatorTextParser.LooksLikeExport(Encoding.UTF8.GetString(head)) => InputFormat.AggregatorText,
            _ => InputFormat.Unknown,
        };
    }
}
