using Dashboard.Core.Articles;

namespace Dashboard.Core.Extraction;

/// <summary>An article with what extraction found in its title and its body.</summary>
public sealed record AnalyzedArticle(Article Article, TextFacts Title, TextFacts Body)
{
    private string? _searchTerms;
    private string? _contentKey;
    private ReadOnlyMemory<uint>? _storySignature;

    /// <summary>
    /// The article's full-text search terms (<see cref="Search.SearchTerms.Index"/>); computed with the
    /// analysis, on every core, so the single writer does not have to.
    /// </summary>
    public string SearchTerms
    {
        get => _searchTerms ??= Search.SearchTerms.Index(Article.Title, Article.Body);
        init => _searchTerms = value;
    }

    /// <summary>The key of the article's normalised text (<see cref="Text.ContentKey"/>), computed with the analysis like the search terms.</summary>
    public string ContentKey
    {
        get => _contentKey ??= Text.ContentKey.Of(Article);
        init => _contentKey = value;
    }

    /// <summary>The article's MinHash signature (<see cref="Stories.StorySignature"/>), computed with the analysis like the search terms.</summary>
    public ReadOnlyMemory<uint> StorySignature
    {
        get => _storySignature ??= Stories.StorySignature.Of(Article);
        init => _storySignature = value;
    }

    /// <summary>Every fact with the field it was found in.</summary>
    public IEnumerable<(string Field, CasualtyFact Fact)> Casualties =>
        Title.Casualties.Select(f => ("title", f)).Concat(Body.Casualties.Select(f => ("body", f)));

    /// <summary>Every mention with the field it was found in.</summary>
    public IEnumerable<(string Field, ActorMention Mention)> Mentions =>
        Title.Actors.Select(m => ("title", m)).Concat(Body.Actors.Select(m => ("body", m)));
}
