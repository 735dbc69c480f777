namespace Dashboard.Core.Text;

/// <summary>
/// Folds the spelling variation of written Arabic so that equal words compare equal:
/// alef and hamza forms, ta marbuta, alef maqsura, tatweel, diacritics, Eastern digits,
/// typographic quotes, and the invisible zero-width and bidi marks.
/// </summary>
public static class ArabicNormalizer
{
    private const char Removed = '\0';

    /// <summary>The folded form of one character, or <c>'\0'</c> when the character carries no letter.</summary>
    public static char Fold(char c) => c switch
    {
        'أ' or 'إ' or 'آ' or 'ٱ' => 'ا',
        'ة' => 'ه',
        'ى' => 'ي',
        'ؤ' => 'و',
        'ئ' => 'ي',
        'ـ' => Removed,
        >= '\u064B' and <= '\u065F' or '\u0670' => Removed,
        >= '٠' and <= '٩' => (char)('0' + (c - '٠')),
        >= '۰' and <= '۹' => (char)('0' + (c - '۰')),
        '“' or '”' or '″' or '«' or '»' or '„' => '"',
        '‘' or '’' => '\'',
        >= '\u200B' and <= '\u200F' or >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069' or '\uFEFF' => Removed,
        _ => c,
    };

    // Arabic letters have no case, and char.ToLowerInvariant asks ICU for every non-ASCII character
    // (a sixth of analysis time in a trace): ASCII and the Arabic blocks are answered here.
    private static char Lower(char c) => c switch
    {
        >= 'A' and <= 'Z' => (char)(c + ('a' - 'A')),
        < '\u0080' => c,
        >= '\u0600' and <= '\u08FF' or >= '\uFB50' and <= '\uFDFF' or >= '\uFE70' and <= '\uFEFF' => c,
        _ => char.ToLowerInvariant(c),
    };

    /// <summary>The folded text; every run of white space becomes one space and the ends are trimmed.</summary>
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);

        // Tokens are short and normalised by the million: fold into a stack buffer, allocate only the result.
        var rented = text.Length > 256 ? System.Buffers.ArrayPool<char>.Shared.Rent(text.Length) : null;
        var buffer = rented is null ? stackalloc char[256] : rented.AsSpan();
        try
        {
            var length = 0;
            var pendingSpace = false;
            foreach (var c in text)
            {
                if (char.IsWhiteSpace(c))
                {
                    pendingSpace = length > 0;
                    continue;
                }

                var folded = Fold(c);
                if (folded == Removed)
                {
                    continue;
                }

                if (pendingSpace)
                {
                    buffer[length++] = ' ';
                    pendingSpace = false;
                }

                buffer[length++] = Lower(folded);
            }

            var result = buffer[..length];
            return result.SequenceEqual(text) ? text : new string(result);
        }
        finally
        {
            if (rented is not null)
            {
                System.Buffers.ArrayPool<char>.Shared.Return(rented);
            }
        }
    }
}
