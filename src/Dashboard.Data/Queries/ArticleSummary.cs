using Dashboard.Core.Search;

namespace Dashboard.Data.Queries;

/// <summary>One row of an article list: enough to show it and open it.</summary>
/// <param name="Id">The stored article's id.</param>
/// <param name="Title">The headline.</param>
/// <param name="Source">The outlet.</param>
/// <param name="Published">Publication time with its original offset.</param>
/// <param name="Snippet">A passage of the body around the first search hit (its opening without a search), hits marked.</param>
/// <param name="TitleHits">The search hits in the title.</param>
public sealed record ArticleSummary(long Id, string Title, string Source, DateTimeOffset Published, IReadOnlyList<TextSegment> Snippet, IReadOnlyList<TextMark> TitleHits)
{
    /// <summary>The snippet as plain text.</summary>
    public string SnippetText => string.Concat(Snippet.Select(s => s.Text));
}
