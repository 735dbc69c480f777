namespace Dashboard.Core.Articles;

/// <summary>One news article as it arrived, before it is stored: the text exactly as published.</summary>
/// <param name="Title">The headline, once, even when the export repeated it.</param>
/// <param name="Source">The outlet as the input names it (aliases are resolved when stored).</param>
/// <param name="Published">Publication time with the offset the input gave (UTC when it gave none).</param>
/// <param name="Paragraphs">Body paragraphs in order, each untouched.</param>
/// <param name="Url">Where the article was published, when known.</param>
/// <param name="ExternalId">The identifier the input gave the article, when it gave one.</param>
public sealed record Article(
    string Title,
    string Source,
    DateTimeOffset Published,
    IReadOnlyList<string> Paragraphs,
    string? Url = null,
    string? ExternalId = null)
{
    /// <summary>Paragraph separator in <see cref="Body"/>; a blank line, as in the aggregator's export.</summary>
    public const string ParagraphSeparator = "\n\n";

    /// <summary>The body as one text, paragraphs separated by a blank line.</summary>
    public string Body => string.Join(ParagraphSeparator, Paragraphs);

    /// <summary>Splits a stored body back into the paragraphs it was joined from.</summary>
    public static IReadOnlyList<string> SplitBody(string body) =>
        body.Length == 0 ? [] : body.Split(ParagraphSeparator);
}
