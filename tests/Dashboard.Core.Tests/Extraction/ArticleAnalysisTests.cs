using Dashboard.Core.Extraction;

namespace Dashboard.Core.Tests.Extraction;

public sealed class ArticleAnalysisTests
{
    private static readonly NewsTextAnalyzer Analyzer = new();

    [Fact]
    public void AHeadlineRepeatingTheBodysFigureIsOneReport()
    {
        var (title, body) = ArticleAnalysis.Analyze(Analyzer, "مقتل 12 شخصا في بغداد", "بغداد ـ قتل 12 شخصا في انفجار سيارة مفخخة.");

        Assert.Empty(title.Casualties);
        Assert.Single(body.Casualties);
    }

    [Fact]
    public void AHeadlineWithAnotherFigureKeepsIt()
    {
        var (title, _) = ArticleAnalysis.Analyze(Analyzer, "ارتفاع حصيلة القتلى إلى 15", "قتل 12 شخصا في انفجار.");

        Assert.Single(title.Casualties);
    }

    [Fact]
    public void VictimsBelongToTheOrganisationNamedAfterThem()
    {
        var fact = Assert.Single(Analyzer.Analyze("اعلن الوزير ان اكثر من 80 مقاتلا من تنظيم الدولة الاسلامية قتلوا في الضربات على معسكرات في ليبيا").Casualties);

        Assert.Equal("تنظيم الدولة الإسلامية", fact.Affiliation);
        Assert.Equal("ليبيا", fact.Place);
    }
}
