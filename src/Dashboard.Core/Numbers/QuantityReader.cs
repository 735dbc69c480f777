using Dashboard.Core.Text;

namespace Dashboard.Core.Numbers;

/// <summary>
/// Reads a stated count starting at a token: digits or number words (compounds, duals, thousands),
/// vague quantities (عشرات، مئات، عدة) and the qualifiers of the casualty-figures contract
/// (أكثر من، ما لا يقل عن، نحو، ما يصل إلى، أقل من، بين … و …، على الأقل).
/// </summary>
public static class QuantityReader
{
    private enum Qualifier
    {
        None,
        MoreThan,
        AtLeast,
        About,
        UpTo,
        LessThan,
    }

    private static readonly (Qualifier Kind, string[] Words)[] Qualifiers = Normalise(
    [
        (Qualifier.AtLeast, ["ما", "لا", "يقل", "عن"]),
        (Qualifier.AtLeast, ["لا", "يقل", "عن"]),
        (Qualifier.MoreThan, ["ما", "يزيد", "عن"]),
        (Qualifier.MoreThan, ["ما", "يزيد", "على"]),
        (Qualifier.MoreThan, ["يزيد", "عن"]),
        (Qualifier.MoreThan, ["يزيد", "على"]),
        (Qualifier.MoreThan, ["ما", "يربو", "على"]),
        (Qualifier.MoreThan, ["أكثر", "من"]),
        (Qualifier.MoreThan, ["تخطى", "عتبة"]),
        (Qualifier.MoreThan, ["تجاوز", "عتبة"]),
        (Qualifier.MoreThan, ["أكثر"]),
        (Qualifier.UpTo, ["ما", "يصل", "إلى"]),
        (Qualifier.UpTo, ["يصل", "إلى"]),
        (Qualifier.LessThan, ["أقل", "من"]),
        (Qualifier.About, ["ما", "يقارب"]),
        (Qualifier.About, ["ما", "يناهز"]),
        (Qualifier.About, ["ما", "يقرب", "من"]),
        (Qualifier.About, ["يقارب"]),
        (Qualifier.About, ["يناهز"]),
        (Qualifier.About, ["حوالي"]),
        (Qualifier.About, ["حوالى"]),
        (Qualifier.About, ["نحو"]),
        (Qualifier.About, ["قرابة"]),
        (Qualifier.About, ["زهاء"]),
    ]);

    private static readonly HashSet<string> Openers = ["(", "«", "\"", "[", "'"];
    private static readonly HashSet<string> Closers = [")", "»", "\"", "]", "'"];
    private static readonly string AtLeastFirst = ArabicNormalizer.Normalize("على");
    private static readonly string AtLeastSecond = ArabicNormalizer.Normalize("الأقل");
    private static readonly string Roughly = ArabicNormalizer.Normalize("تقريبا");

    /// <summary>The quantity starting exactly at token <paramref name="index"/>, or null.</summary>
    public static Quantity? ReadAt(IReadOnlyList<Token> tokens, int index)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        if (index < 0 || index >= tokens.Count)
        {
            return null;
        }

        var qualifier = Qualifier.None;
        var i = index;
        foreach (var (kind, words) in Qualifiers)
        {
            if (Matches(tokens, i, words))
            {
                qualifier = kind;
                i += words.Length;
                break;
            }
        }

        if (qualifier == Qualifier.None && ReadRange(tokens, i) is { } range)
        {
            return range with { First = index };
        }

        i = SkipOpeners(tokens, i);
        Quantity? core = ReadFigure(tokens, i) ?? VagueQuantities.ReadAt(tokens, i);
        if (core is null)
        {
            return null;
        }

        var end = SkipClosers(tokens, core.End);
        var atLeastAfter = end + 1 < tokens.Count && tokens[end].Normal == AtLeastFirst && tokens[end + 1].Normal == AtLeastSecond;
        var roughlyAfter = end < tokens.Count && tokens[end].Normal == Roughly;
        if (core.Vague)
        {
            return core with { First = index, End = end };
        }

        var n = core.Min!.Value;
        return qualifier switch
        {
            Qualifier.MoreThan => new Quantity(n + 1, null, false, index, end),
            Qualifier.AtLeast => new Quantity(n, null, false, index, end),
            Qualifier.About => new Quantity(n, n, true, index, end),
            Qualifier.UpTo => new Quantity(null, n, false, index, end),
            Qualifier.LessThan => new Quantity(null, n - 1, false, index, end),
            _ when atLeastAfter => new Quantity(n, null, false, index, end + 2),
            _ when roughlyAfter => new Quantity(n, n, true, index, end + 1),
            _ => new Quantity(n, n, false, index, end),
        };
    }

    /// <summary>A plain figure at the token: digits (with a following thousand or million) or number words.</summary>
    public static Quantity? ReadFigure(IReadOnlyList<Token> tokens, int index)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        if (index >= tokens.Count)
        {
            return null;
        }

        var token = tokens[index];
        if (token.Kind == TokenKind.Number)
        {
            if (index + 1 < tokens.Count && NumberWords.ValueOf(tokens[index + 1].Normal, out var conj) is { } mult && NumberWords.IsMultiplier(mult) && !conj
                && double.TryParse(token.Normal, System.Globalization.NumberStyles.AllowDecimalPoint, System.Globalization.CultureInfo.InvariantCulture, out var scaled))
            {
                var value = (long)Math.Round(scaled * mult);
                return Quantity.Exact(value, index, index + 2);
            }

            return token.Integer is { } integer ? Quantity.Exact(integer, index, index + 1) : null;
        }

        return ReadWords(tokens, index);
    }

    // Number words compose left to right: units and tens joined by و, hundreds, then a multiplier:
    // "ثلاثة وعشرون" 23, "مئة وخمسون" 150, "ثلاثة آلاف" 3000, "سبعة عشر" 17.
    private static Quantity? ReadWords(IReadOnlyList<Token> tokens, int index)
    {
        long total = 0, current = 0;
        var i = index;
        while (i < tokens.Count && NumberWords.ValueOf(tokens[i].Normal, out var conjoined) is { } value)
        {
            var first = i == index;
            if (!first && !conjoined && !NumberWords.IsMultiplier(value) && !(value == 10 && current is > 0 and < 10) && !(value == 100 && current is > 0 and < 10))
            {
                break;
            }


            if (NumberWords.IsMultiplier(value))
            {
                if (first && value == NumberWords.Thousand && tokens[i].Normal.StartsWith("الا", StringComparison.Ordinal))
                {
                    return null; // "آلاف" alone is vague, read by VagueQuantities.
                }

                total += (current == 0 ? 1 : current) * value;
                current = 0;
            }
            else if (value == 100 && current is > 0 and < 10)
            {
                current *= 100;
            }
            else
            {
                current += value;
            }

            i++;
        }

        return i == index ? null : Quantity.Exact(total + current, index, i);
    }

    // "بين 10 و15", "ما بين 20 و25", "من 10 إلى 15", "10-15".
    private static Quantity? ReadRange(IReadOnlyList<Token> tokens, int index)
    {
        var i = index;
        if (Is(tokens, i, "ما") && Is(tokens, i + 1, "بين"))
        {
            i++;
        }

        if (Is(tokens, i, "بين") && ReadFigure(tokens, i + 1) is { } low && Is(tokens, low.End, "و") && ReadFigure(tokens, low.End + 1) is { } high && high.Min > low.Min)
        {
            return new Quantity(low.Min, high.Max, false, index, high.End);
        }

        if (Is(tokens, index, "من") && ReadFigure(tokens, index + 1) is { } from && (Is(tokens, from.End, "إلى") || Is(tokens, from.End, "الى"))
            && ReadFigure(tokens, from.End + 1) is { } to && to.Min > from.Min)
        {
            return new Quantity(from.Min, to.Max, false, index, to.End);
        }

        if (ReadFigure(tokens, index) is { } a && a.End + 1 < tokens.Count && tokens[a.End].Text is "-" or "–" && ReadFigure(tokens, a.End + 1) is { } b && b.Min > a.Min)
        {
            return new Quantity(a.Min, b.Max, false, index, b.End);
        }

        return null;
    }

    private static bool Is(IReadOnlyList<Token> tokens, int index, string word) =>
        index < tokens.Count && tokens[index].Normal == ArabicNormalizer.Normalize(word);

    private static bool Matches(IReadOnlyList<Token> tokens, int index, string[] words)
    {
        if (index + words.Length > tokens.Count)
        {
            return false;
        }

        for (var k = 0; k < words.Length; k++)
        {
            var normal = tokens[index + k].Normal;
            if (normal != words[k] && !(k == 0 && normal.Length == words[k].Length + 1 && normal[0] is 'و' or 'ف' && normal.AsSpan(1).SequenceEqual(words[k])))
            {
                return false;
            }
        }

        return true;
    }

    private static int SkipOpeners(IReadOnlyList<Token> tokens, int i)
    {
        while (i < tokens.Count && tokens[i].Kind == TokenKind.Punctuation && Openers.Contains(tokens[i].Text))
        {
            i++;
        }

        return i;
    }

    private static int SkipClosers(IReadOnlyList<Token> tokens, int i)
    {
        while (i < tokens.Count && tokens[i].Kind == TokenKind.Punctuation && Closers.Contains(tokens[i].Text))
        {
            i++;
        }

        return i;
    }

    private static (Qualifier, string[])[] Normalise((Qualifier Kind, string[] Words)[] rows) =>
        [.. rows.Select(r => (r.Kind, r.Words.Select(ArabicNormalizer.Normalize).ToArray()))];
}
