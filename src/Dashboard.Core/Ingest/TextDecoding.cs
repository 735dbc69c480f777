using System.Text;
using UtfUnknown;

namespace Dashboard.Core.Ingest;

/// <summary>
/// Which encoding a text file is in: byte-order marks first, then strict UTF-8, then charset detection
/// over the legacy encodings Arabic text still arrives in (Windows-1256, ISO-8859-6, UTF-16 without BOM).
/// </summary>
public static class TextDecoding
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static TextDecoding() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>The encoding of a file that begins with <paramref name="head"/>; <paramref name="complete"/> when the head is the whole file.</summary>
    public static Encoding Detect(ReadOnlySpan<byte> head, bool complete)
    {
        if (head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return Encoding.UTF8;
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return Encoding.Unicode;
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return Encoding.BigEndianUnicode;
        }

        if (LooksLikeUtf16(head) is { } utf16)
        {
            return utf16;
        }

        // A head cut inside a multi-byte character is still UTF-8: try without the last three bytes.
        var sample = complete || head.Length < 4 ? head : head[..^3];
        try
        {
            StrictUtf8.GetCharCount(sample);
            return Encoding.UTF8;
        }
        catch (DecoderFallbackException)
        {
            // Not clean UTF-8: mostly UTF-8 with a few broken bytes, or a legacy encoding.
        }

        var lenient = Encoding.UTF8.GetString(sample);
        var broken = lenient.Count(c => c == '\uFFFD');
        if (broken * 100 < lenient.Length && lenient.Any(c => c is >= '\u0600' and <= '\u06FF'))
        {
            return Encoding.UTF8; // the records with broken bytes are refused one by one (see InvalidBytes)
        }

        var detected = CharsetDetector.DetectFromBytes(head.ToArray()).Detected;
        try
        {
            return detected?.EncodingName is { } name && !name.StartsWith("utf", StringComparison.OrdinalIgnoreCase) && !name.Contains("ascii", StringComparison.OrdinalIgnoreCase)
                ? Encoding.GetEncoding(name)
                : Encoding.GetEncoding(1256);
        }
        catch (ArgumentException)
        {
            return Encoding.GetEncoding(1256); // the most common legacy encoding of Arabic text
        }
    }

    /// <summary>A reason when decoding met bytes that are not valid in the file's encoding (U+FFFD in the text), else null.</summary>
    public static string? InvalidBytes(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Contains('\uFFFD', StringComparison.Ordinal) ? "the text holds bytes that are not valid UTF-8" : null;
    }

    /// <summary>Whether the bytes hold NUL characters that no text encoding this reader knows would write.</summary>
    public static bool IsBinary(ReadOnlySpan<byte> head) => LooksLikeUtf16(head) is null && head.Contains((byte)0);

    /// <summary>
    /// A reason when the text is UTF-8 that was decoded as Windows-1252 or Latin-1 on its way here
    /// ("Ø§Ù„" for "ال"), or null when it reads as it should.
    /// </summary>
    public static string? Mojibake(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var pairs = 0;
        var arabic = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is >= '\u0600' and <= '\u06FF')
            {
                arabic++;
            }
            else if (c is 'Ø' or 'Ù' && i + 1 < text.Length && text[i + 1] is >= '\u0080' and <= '\u00FF' or >= '\u2010' and <= '\u203A' or 'Œ' or 'œ' or 'Š' or 'š' or 'Ÿ' or 'ƒ' or 'ˆ' or '˜')
            {
                pairs++;
            }
        }

        return pairs >= 3 && pairs > arabic ? "the text is mojibake: UTF-8 Arabic that was decoded as Windows-1252 or Latin-1 before it was saved" : null;
    }

    // UTF-16 without a BOM: Arabic letters are 0x06xx, so every other byte is 0x06 or 0x00.
    private static Encoding? LooksLikeUtf16(ReadOnlySpan<byte> head)
    {
        if (head.Length < 8)
        {
            return null;
        }

        int evenZero = 0, oddZero = 0, evenArabic = 0, oddArabic = 0, pairs = head.Length / 2;
        for (var i = 0; i + 1 < head.Length; i += 2)
        {
            evenZero += head[i] == 0 ? 1 : 0;
            oddZero += head[i + 1] == 0 ? 1 : 0;
            evenArabic += head[i] == 6 ? 1 : 0;
            oddArabic += head[i + 1] == 6 ? 1 : 0;
        }

        return (oddZero + oddArabic) * 10 > pairs * 7 ? Encoding.Unicode
            : (evenZero + evenArabic) * 10 > pairs * 7 ? Encoding.BigEndianUnicode
            : null;
    }
}
