using System.Net;
using System.Text.RegularExpressions;

namespace Dashboard.Core.Ingest;

/// <summary>
/// Plain text from the HTML that feeds and scraped titles carry: tags (scripts and styles with their
/// content) removed, block ends turned into line breaks, entities decoded. The dashboard encodes
/// every text it shows; this keeps markup out of the stored text.
/// </summary>
public static partial class HtmlText
{
    /// <summary>The text without markup.</summary>
    public static string Strip(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        if (!html.Contains('<', StringComparison.Ordinal) && !html.Contains('&', StringComparison.Ordinal))
        {
            return html;
        }

        var text = ScriptsAndStyles().Replace(html, " ");
        text = BlockEnds().Replace(text, "\n");
        text = Tags().Replace(text, "");
        return WebUtility.HtmlDecode(text);
    }

    [GeneratedRegex(@"<(script|style)\b[^>]*>.*?</\1\s*>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex ScriptsAndStyles();

    [GeneratedRegex(@"<\s*(br|/p|/div|/li|/h[1-6])\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex BlockEnds();

    [GeneratedRegex(@"<[^>]*>")]
    private static partial Regex Tags();
}
