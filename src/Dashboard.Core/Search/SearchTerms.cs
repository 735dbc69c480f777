using System.Text;
using Dashboard.Core.Text;

namespace Dashboard.Core.Search;

/// <summary>
/// The words full-text search indexes and looks for, in normalised form: أوباما, اوباما and إوباما are
/// one term, and a word written with its proclitics (بأوباما, والرئيس) is indexed under its stems as
/// well, so a search for the bare word finds it.
/// </summary>
public static class SearchTerms
{
    /// <summary>The terms of an article, separated by spaces, ready for the engine's full-text index.</summary>
    public static string Index(string title, string body)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(body);
        var terms = new StringBuilder((title.Length + body.Length) * 3 / 2);
        Append(terms, title);
        Append(terms, body);
        return terms.ToString();
    }

    /// <summary>The distinct terms a query asks for, in the order written; punctuation is dropped.</summary>
    public static IReadOnlyList<string> OfQuery(string? query)
    {
        if (string.IsNullOrWhiteSpace(query))
        {
            return [];
        }

        return ArabicTokenizer.Tokenize(query)
            .Where(t => t.Kind != TokenKind.Punctuation)
            .Select(t => t.Normal)
            .Distinct(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Whether a token of a text is a hit for one of the query's terms.</summary>
    public static bool IsHit(Token token, IReadOnlyCollection<string> queryTerms)
    {
        ArgumentNullException.ThrowIfNull(token);
        ArgumentNullException.ThrowIfNull(queryTerms);
        return token.Kind != TokenKind.Punctuation && queryTerms.Count > 0 && Stems(token).Any(queryTerms.Contains);
    }

    /// <summary>The hits for the query's terms in a text, as marks.</summary>
    public static IReadOnlyList<TextMark> Hits(string text, IReadOnlyCollection<string> queryTerms)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(queryTerms);
        return queryTerms.Count == 0
            ? []
            : ArabicTokenizer.Tokenize(text).Where(t => IsHit(t, queryTerms)).Select(t => new TextMark(t.Start, t.End, "hit")).ToList();
    }

    private static void Append(StringBuilder terms, string text)
    {
        foreach (var token in ArabicTokenizer.Tokenize(text))
        {
            if (token.Kind == TokenKind.Punctuation)
            {
                continue;
            }

            foreach (var stem in Stems(token))
            {
                terms.Append(stem).Append(' ');
            }
        }
    }

    // Numbers are indexed as written (normalised digits); words with every stem their proclitics leave.
    private static IEnumerable<string> Stems(Token token) =>
        token.Kind == TokenKind.Number ? [token.Normal] : Clitics.Stems(token.Normal);
}
