using Dashboard.Core.Articles;
using Dashboard.Core.Text;

namespace Dashboard.Core.Stories;

/// <summary>
/// A MinHash signature of an article's normalised words in overlapping threes, cut into bands for
/// locality-sensitive lookup. Articles sharing a band are candidates; they are one story when the
/// signatures estimate that their word sets overlap by <see cref="Threshold"/> or more (a syndicated
/// copy with a paragraph dropped, a headline reworded), which articles that only share a template do not.
/// </summary>
public static class StorySignature
{
    /// <summary>Hash functions in a signature.</summary>
    public const int Length = 32;

    /// <summary>Bands the signature is cut into; each band is <see cref="Length"/> / <see cref="Bands"/> hashes.</summary>
    public const int Bands = 16;

    /// <summary>The estimated Jaccard similarity from which two articles are one story.</summary>
    public const double Threshold = 0.5;

    private const int ShingleWords = 3;
    private static readonly (ulong A, ulong B)[] Functions = CreateFunctions();

    /// <summary>The signature of an article's title and body.</summary>
    public static uint[] Of(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return Of(article.Title + "\n" + article.Body);
    }

    /// <summary>The band keys of a signature, one per band.</summary>
    public static long[] BandsOf(ReadOnlySpan<uint> signature)
    {
        var bands = new long[Bands];
        var rows = Length / Bands;
        for (var band = 0; band < Bands; band++)
        {
            var hash = 14695981039346656037UL ^ (ulong)band;
            for (var row = 0; row < rows; row++)
            {
                hash = (hash ^ signature[(band * rows) + row]) * 1099511628211UL;
            }

            bands[band] = (long)(hash & 0x7FFF_FFFF_FFFF_FFFF);
        }

        return bands;
    }

    /// <summary>The MinHash signature of a text.</summary>
    public static uint[] Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = ArabicTokenizer.Tokenize(text).Where(t => t.Kind != TokenKind.Punctuation).Select(t => t.Normal).ToArray();
        var signature = new uint[Length];
        Array.Fill(signature, uint.MaxValue);
        for (var i = 0; i + ShingleWords <= Math.Max(words.Length, ShingleWords); i++)
        {
            var shingle = Shingle(words, i);
            for (var f = 0; f < Length; f++)
            {
                var value = (uint)(((Functions[f].A * shingle) + Functions[f].B) >> 32);
                if (value < signature[f])
                {
                    signature[f] = value;
                }
            }
        }

        return signature;
    }

    /// <summary>Whether two signatures are of one story.</summary>
    public static bool SameStory(ReadOnlySpan<uint> first, ReadOnlySpan<uint> second) => Similarity(first, second) >= Threshold;

    /// <summary>The share of equal positions: an estimate of the two word sets' Jaccard similarity.</summary>
    public static double Similarity(ReadOnlySpan<uint> first, ReadOnlySpan<uint> second)
    {
        var equal = 0;
        for (var i = 0; i < Math.Min(first.Length, second.Length); i++)
        {
            equal += first[i] == second[i] ? 1 : 0;
        }

        return (double)equal / Length;
    }

    private static ulong Shingle(string[] words, int start)
    {
        var hash = 14695981039346656037UL;
        for (var w = start; w < Math.Min(words.Length, start + ShingleWords); w++)
        {
            foreach (var c in words[w])
            {
                hash = (hash ^ c) * 1099511628211UL;
            }

            hash = (hash ^ ' ') * 1099511628211UL;
        }

        return hash;
    }

    // Fixed odd multipliers, so a signature is the same on every machine and every run.
    private static (ulong, ulong)[] CreateFunctions()
    {
        var random = new Random(20170119);
        return [.. Enumerable.Range(0, Length).Select(_ => (((ulong)random.NextInt64() << 1) | 1, (ulong)random.NextInt64()))];
    }
}
