namespace Dashboard.Core.Extraction;

/// <summary>
/// Analyzes an article's title and body together. A headline repeats the body's main figure, so a
/// title casualty fact with the same kind and figure as a body fact is the same report, counted once.
/// </summary>
public static class ArticleAnalysis
{
    /// <summary>The facts of the title and of the body, the title's repeated casualty figures left out.</summary>
    public static (TextFacts Title, TextFacts Body) Analyze(ITextAnalyzer analyzer, string? title, string? body)
    {
        ArgumentNullException.ThrowIfNull(analyzer);
        var titleFacts = title is null ? TextFacts.None : analyzer.Analyze(title);
        var bodyFacts = body is null ? TextFacts.None : analyzer.Analyze(body);
        var reported = bodyFacts.Casualties.Select(f => (f.Kind, f.Min, f.Max)).ToHashSet();
        var titleCasualties = titleFacts.Casualties.Where(f => !reported.Contains((f.Kind, f.Min, f.Max))).ToList();
        return (titleFacts with { Casualties = titleCasualties }, bodyFacts);
    }

    /// <summary>Analyzes articles on every core, keeping their order; the keys the writer needs (content key, story signature, search terms) are computed here too.</summary>
    public static IReadOnlyList<AnalyzedArticle> AnalyzeAll(ITextAnalyzer analyzer, IReadOnlyList<Articles.Article> articles)
    {
        ArgumentNullException.ThrowIfNull(analyzer);
        ArgumentNullException.ThrowIfNull(articles);
        var analyzed = new AnalyzedArticle[articles.Count];
        Parallel.For(0, articles.Count, i =>
        {
            var (title, body) = Analyze(analyzer, articles[i].Title, articles[i].Body);
            analyzed[i] = new AnalyzedArticle(articles[i], title, body)
            {
                SearchTerms = Search.SearchTerms.Index(articles[i].Title, articles[i].Body),
                ContentKey = Text.ContentKey.Of(articles[i]),
                StorySignature = Stories.StorySignature.Of(articles[i]),
            };
        });
        return analyzed;
    }
}
