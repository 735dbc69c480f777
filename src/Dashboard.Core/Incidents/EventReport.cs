using Dashboard.Core.Extraction;

namespace Dashboard.Core.Incidents;

/// <summary>
/// What one article says about one event: the killed and wounded figures it gives (the largest of
/// each kind, since smaller ones are breakdowns: "مقتل 10 بينهم 3 أطفال"), where, and of whom.
/// </summary>
/// <param name="Place">The canonical place, when the article names one.</param>
/// <param name="Affiliation">The victims' canonical organisation, when stated.</param>
/// <param name="Killed">The killed figure, or null.</param>
/// <param name="Wounded">The wounded figure, or null.</param>
/// <param name="Published">When the article was published.</param>
/// <param name="Facts">The facts this report is made of; <see cref="Reported"/> tells which give its figures.</param>
public sealed record EventReport(string? Place, string? Affiliation, long? Killed, long? Wounded, DateTimeOffset Published, IReadOnlyList<(string Field, CasualtyFact Fact)> Facts)
{
    /// <summary>Whether a fact gives one of this report's figures (rather than a breakdown of it).</summary>
    public bool Reported(CasualtyFact fact) =>
        (fact.Kind == "killed" && Figure(fact) == Killed) || (fact.Kind == "wounded" && Figure(fact) == Wounded);

    /// <summary>The count a fact states: its minimum, or its maximum when only an upper bound is given.</summary>
    public static long? Figure(CasualtyFact fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        return fact.Min ?? fact.Max;
    }

    /// <summary>
    /// Figures from this size up are tolls of wars and years ("أكثر من 200 ألف قتيل منذ بداية الحرب"), not
    /// of one event: they stay facts of their article but are no incident report.
    /// </summary>
    public const long LargestEventFigure = 10_000;

    /// <summary>The events an article reports: its killed and wounded facts grouped by place.</summary>
    public static IReadOnlyList<EventReport> From(AnalyzedArticle article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return [.. article.Casualties
            .Where(f => f.Fact.Kind is "killed" or "wounded" && Figure(f.Fact) is { } figure && figure < LargestEventFigure)
            .GroupBy(f => f.Fact.Place)
            .Select(group => new EventReport(
                group.Key,
                group.Select(f => f.Fact.Affiliation).FirstOrDefault(a => a is not null),
                group.Where(f => f.Fact.Kind == "killed").Max(f => Figure(f.Fact)),
                group.Where(f => f.Fact.Kind == "wounded").Max(f => Figure(f.Fact)),
                article.Article.Published,
                [.. group]))];
    }
}
