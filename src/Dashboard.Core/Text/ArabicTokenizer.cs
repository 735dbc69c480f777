using System.Text;

namespace Dashboard.Core.Text;

/// <summary>
/// Splits text into words, numbers and punctuation, keeping each token's offsets in the original
/// text so every extracted span points back at the exact characters.
/// </summary>
public static class ArabicTokenizer
{
    /// <summary>The tokens of <paramref name="text"/> in order.</summary>
    public static IReadOnlyList<Token> Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<Token>(text.Length / 5);
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c) || ArabicNormalizer.Fold(c) == '\0')
            {
                i++;
                continue;
            }

            var start = i;
            if (IsDigit(c))
            {
                i = ReadNumber(text, i);
                tokens.Add(Make(text, start, i, TokenKind.Number));
            }
            else if (IsLetter(c))
            {
                while (i < text.Length && (IsLetter(text[i]) || (ArabicNormalizer.Fold(text[i]) == '\0' && !char.IsWhiteSpace(text[i]))))
                {
                    i++;
                }

                tokens.Add(Make(text, start, i, TokenKind.Word));
            }
            else
            {
                i++;
                tokens.Add(Make(text, start, i, TokenKind.Punctuation));
            }
        }

        return tokens;
    }

    /// <summary>Whether the character is a Western, Arabic-Indic or Persian digit.</summary>
    public static bool IsDigit(char c) => c is >= '0' and <= '9' or >= '٠' and <= '٩' or >= '۰' and <= '۹';

    private static bool IsLetter(char c) => char.IsLetter(c) || c is >= '\u064B' and <= '\u065F' or '\u0670';

    // A digit run, with thousands separators (, ٬ .) or a decimal point inside it: "15,000", "13.15".
    private static int ReadNumber(string text, int i)
    {
        while (i < text.Length)
        {
            if (IsDigit(text[i]))
            {
                i++;
            }
            else if (text[i] is ',' or '٬' or '.' or '٫' && i + 1 < text.Length && IsDigit(text[i + 1]))
            {
                i++;
            }
            else
            {
                break;
            }
        }

        return i;
    }

    private static Token Make(string text, int start, int end, TokenKind kind)
    {
        var raw = text[start..end];
        return new Token(start, end, raw, kind == TokenKind.Number ? NumberNormal(raw) : ArabicNormalizer.Normalize(raw), kind);
    }

    // "15,000" and "15٬000" are thousands. A dot is a decimal point ("13.15" is a time, "2.5" a
    // fraction) unless it groups thousands more than once, as in "1.500.000".
    private static string NumberNormal(string raw)
    {
        var digits = new StringBuilder(raw.Length);
        foreach (var c in raw)
        {
            var folded = ArabicNormalizer.Fold(c);
            if (folded is not (',' or '٬'))
            {
                digits.Append(folded == '٫' ? '.' : folded);
            }
        }

        var text = digits.ToString();
        var parts = text.Split('.');
        return parts.Length > 2 && parts.Skip(1).All(p => p.Length == 3) ? string.Concat(parts) : text;
    }
}
