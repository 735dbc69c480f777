namespace Dashboard.Core.Text;

/// <summary>
/// Splits a word token into its proclitics and its stem (و + ال + عراق), each with its exact offsets
/// in the original text. A prefix is split off only when a stem of at least three letters remains and
/// the word is not itself a name that begins with those letters (وليد, ليلى): names and common words
/// are told apart by the caller, which names the words to keep whole.
/// </summary>
public static class CliticSegmenter
{
    // Longest first; each prefix with the clitics it is made of, in normalised letters.
    private static readonly (string Prefix, string[] Parts)[] Prefixes =
    [
        ("وبال", ["و", "ب", "ال"]), ("وكال", ["و", "ك", "ال"]), ("فبال", ["ف", "ب", "ال"]), ("وال", ["و", "ال"]), ("بال", ["ب", "ال"]),
        ("فال", ["ف", "ال"]), ("كال", ["ك", "ال"]), ("ولل", ["و", "ل", "ل"]), ("فلل", ["ف", "ل", "ل"]), ("لل", ["ل", "ل"]), ("ال", ["ال"]),
        ("وب", ["و", "ب"]), ("ول", ["و", "ل"]), ("وك", ["و", "ك"]), ("فب", ["ف", "ب"]), ("فل", ["ف", "ل"]),
        ("و", ["و"]), ("ف", ["ف"]), ("ب", ["ب"]), ("ل", ["ل"]), ("ك", ["ك"]),
    ];

    /// <summary>The segments of a token: proclitics then the stem; a token that is not split is one segment.</summary>
    public static IReadOnlyList<Token> Segment(Token token, Func<string, bool>? isWhole = null)
    {
        ArgumentNullException.ThrowIfNull(token);
        if (token.Kind != TokenKind.Word || isWhole?.Invoke(token.Normal) == true)
        {
            return [token];
        }

        foreach (var (prefix, parts) in Prefixes)
        {
            if (token.Normal.Length - prefix.Length < 3 || !token.Normal.StartsWith(prefix, StringComparison.Ordinal))
            {
                continue;
            }

            var segments = new List<Token>(parts.Length + 1);
            var written = 0; // characters of token.Text consumed so far
            foreach (var part in parts)
            {
                var length = WrittenLength(token.Text, written, part.Length);
                segments.Add(Piece(token, written, length, part));
                written += length;
            }

            segments.Add(Piece(token, written, token.Text.Length - written, token.Normal[prefix.Length..]));
            return segments;
        }

        return [token];
    }

    // How many written characters, from a position, hold the given number of letters (diacritics and tatweel ride along).
    private static int WrittenLength(string written, int from, int letters)
    {
        var i = from;
        var seen = 0;
        while (i < written.Length && seen < letters)
        {
            if (ArabicNormalizer.Fold(written[i]) != '\0')
            {
                seen++;
            }

            i++;
        }

        while (i < written.Length && ArabicNormalizer.Fold(written[i]) == '\0')
        {
            i++;
        }

        return i - from;
    }

    private static Token Piece(Token token, int offset, int length, string normal) =>
        new(token.Start + offset, token.Start + offset + length, token.Text.Substring(offset, length), normal, TokenKind.Word);
}
