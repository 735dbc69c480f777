using Dashboard.Core.Extraction;
using Dashboard.Core.Ingest.Aggregator;
using Dashboard.Core.Text;

namespace Dashboard.Core.Tests.Actors;

/// <summary>The client's own sample, exactly as the text-analysis issue lists what it must yield.</summary>
public sealed class ClientSampleTests
{
    [SkippableTheory]
    [InlineData("person", "أشتون كارتر|بيتر كوك|باراك أوباما|خليفة حفتر|فايز السراج|عبد الفتاح السيسي|مارتن كوبلر|محمود حجازي|سامح شكري")]
    [InlineData("organization", "تنظيم الدولة الإسلامية|البنتاغون|حكومة الوفاق الوطني|مجلس النواب|المجلس الرئاسي|مجلس الدولة|الأناضول|أ ف ب")]
    [InlineData("place", "ليبيا|سرت|القاهرة|طبرق|الصخيرات|واشنطن|أوروبا")]
    public void TheSampleNamesEveryActorTheClientExpects(string kind, string names)
    {
        var actors = Analyze().Actors.Where(a => a.Kind.ToString().Equals(kind, StringComparison.OrdinalIgnoreCase)).ToList();
        var found = actors.SelectMany(a => new[] { ArabicNormalizer.Normalize(a.Canonical), ArabicNormalizer.Normalize(a.Text) }).ToHashSet();

        Assert.All(names.Split('|'), name => Assert.Contains(ArabicNormalizer.Normalize(name), found));
    }

    [SkippableFact]
    public void TheTwoNamesOfTheLibyanGovernmentAreOneActor()
    {
        var government = Analyze().Actors.Where(a => a.Text.Contains("حكومة", StringComparison.Ordinal)).Select(a => a.Canonical).Distinct();

        Assert.Equal(["حكومة الوفاق الوطني"], government);
    }

    [SkippableFact]
    public void TheSampleReportsExactlyOneCasualtyFigure()
    {
        var fact = Assert.Single(Analyze().Casualties);

        Assert.Equal(("killed", 81L, (long?)null, "fighters", "تنظيم الدولة الإسلامية"), (fact.Kind, fact.Min!.Value, fact.Max, fact.Group, fact.Affiliation));
    }

    private static TextFacts Analyze()
    {
        var folder = Path.Combine(SharedFolder.Path ?? "", "seed");
        Skip.If(SharedFolder.Path is null || !Directory.Exists(folder), "../shared/seed is not beside this checkout (a user's clone has none)");
        var file = Directory.EnumerateFiles(folder, "*.txt").Order(StringComparer.Ordinal).First();
        var article = Assert.Single(AggregatorTextParser.Parse(file, File.ReadAllText(file)).Articles);
        var (title, body) = ArticleAnalysis.Analyze(new NewsTextAnalyzer(), article.Title, article.Body);
        return new TextFacts([.. title.Actors, .. body.Actors], [.. title.Casualties, .. body.Casualties]);
    }
}
