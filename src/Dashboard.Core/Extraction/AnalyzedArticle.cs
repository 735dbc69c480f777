using Dashboard.Core.Articles;

namespace Dashboard.Core.Extraction;

/// <summary>An article with what extraction found in its title and its body.</summary>
public sealed record AnalyzedArticle(Article Article, TextFacts Title, TextFacts Body)
{
    /// <summary>Every fact with the field it was found in.</summary>
    public IEnumerable<(string Field, CasualtyFact Fact)> Casualties =>
        Title.Casualties.Select(f => ("title", f)).Concat(Body.Casualties.Select(f => ("body", f)));

    /// <summary>Every mention with the field it was found in.</summary>
    public IEnumerable<(string Field, ActorMention Mention)> Mentions =>
        Title.Actors.Select(m => ("title", m)).Concat(Body.Actors.Select(m => ("body", m)));
}
