using Dashboard.Core.Articles;

namespace Dashboard.Core.Extraction;

/// <summary>An article with what extraction found in its title and its body.</summary>
public sealed record AnalyzedArticle(Article Article, TextFacts Title, TextFacts Body)
{
    private string? _searchTerms;

    /// <summary>
    /// The article's full-text search terms (<see cref="Search.SearchTerms.Index"/>); computed with the
    /// analysis, on every core, so the single writer does not have to.
    /// </summary>
    public string SearchTerms
    {
        get => _searchTerms ??= Search.SearchTerms.Index(Article.Title, Article.Body);
        init => _searchTerms = value;
    }

    /// <summary>Every fact with the field it was found in.</summary>
    public IEnumerable<(string Field, CasualtyFact Fact)> Casualties =>
        Title.Casualties.Select(f => ("title", f)).Concat(Body.Casualties.Select(f => ("body", f)));

    /// <summary>Every mention with the field it was found in.</summary>
    public IEnumerable<(string Field, ActorMention Mention)> Mentions =>
        Title.Actors.Select(m => ("title", m)).Concat(Body.Actors.Select(m => ("body", m)));
}
