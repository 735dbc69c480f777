namespace Dashboard.Data.Queries;

/// <summary>One article as the reader shows it: the text, where it came from, and everything extracted from it.</summary>
/// <param name="Id">The stored article's id.</param>
/// <param name="Title">The headline.</param>
/// <param name="Body">The body, paragraphs separated by a blank line; mention and fact offsets point into it.</param>
/// <param name="SourceId">The outlet's id.</param>
/// <param name="Source">The outlet's name.</param>
/// <param name="Published">Publication time with its original offset.</param>
/// <param name="Url">Where it was published, when known.</param>
/// <param name="Dateline">The city the body is datelined from, when it names one.</param>
/// <param name="Agency">The wire agency the body credits, when it credits one.</param>
/// <param name="Mentions">Every actor mention, in text order.</param>
/// <param name="Facts">Every casualty fact, in text order.</param>
/// <param name="Copies">The other articles of the same story (syndicated copies), oldest first.</param>
public sealed record ArticleDetail(
    long Id,
    string Title,
    string Body,
    long SourceId,
    string Source,
    DateTimeOffset Published,
    string? Url,
    string? Dateline,
    string? Agency,
    IReadOnlyList<DetailMention> Mentions,
    IReadOnlyList<DetailFact> Facts,
    IReadOnlyList<StoryCopy> Copies);
