using Dashboard.Core.Extraction;
using Dashboard.Core.Incidents;

namespace Dashboard.Core.Tests.Incidents;

public sealed class IncidentRuleTests
{
    private static readonly DateTimeOffset Monday = new(2017, 3, 6, 9, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(12L, 15L, 0, true)]
    [InlineData(12L, 17L, 2, true)]
    [InlineData(12L, 40L, 1, true)]
    [InlineData(12L, 120L, 1, false)]
    [InlineData(12L, 15L, 5, false)]
    public void ReportsOfOnePlaceLinkWhenTheirTimesAndFiguresAgree(long first, long second, int daysApart, bool linked) =>
        Assert.Equal(linked, IncidentRule.Links(Report("عدن", first, Monday), Report("عدن", second, Monday.AddDays(daysApart))));

    [Theory]
    [InlineData(12L, 17L, 3, true)]
    [InlineData(12L, 41L, 6, true)]
    [InlineData(12L, 42L, 1, false)]
    [InlineData(12L, 15L, 8, false)]
    public void AnIncidentHoldsWhileItsFiguresAgreeAndItLastsAWeekAtMost(long lowest, long highest, int days, bool coherent) =>
        Assert.Equal(coherent, IncidentRule.Coherent(new IncidentSummary(Monday, Monday.AddDays(days), lowest, highest, null, null)));

    [Fact]
    public void AChainOfReportsThatEachAgreeWithTheLastIsNotOneIncident()
    {
        // 12 → 30 → 90 killed in عدن on three days: each step links, the whole does not agree.
        var first = Report("عدن", 12, Monday);
        var second = Report("عدن", 30, Monday.AddDays(1));
        var third = Report("عدن", 90, Monday.AddDays(2));
        var firstTwo = IncidentSummary.Of(first).With(IncidentSummary.Of(second));

        Assert.True(IncidentRule.Links(second, third));
        Assert.True(IncidentRule.Coherent(firstTwo));
        Assert.False(IncidentRule.Coherent(firstTwo.With(IncidentSummary.Of(third))));
    }

    [Fact]
    public void AnIncidentWithoutAWoundedFigureTakesOneFromTheReportThatGivesIt()
    {
        var together = IncidentSummary.Of(Report("عدن", 12, Monday)).With(IncidentSummary.Of(Report("عدن", null, Monday) with { Wounded = 20 }));

        Assert.Equal((12L, 12L, 20L, 20L), (together.KilledLow, together.KilledHigh, together.WoundedLow, together.WoundedHigh));
    }

    [Fact]
    public void ReportsPlacedOnlyInACountryLinkWhenTheyAreOneStory()
    {
        Assert.False(IncidentRule.Links(Report("اليمن", 12, Monday), Report("اليمن", 14, Monday.AddDays(1))));
        Assert.True(IncidentRule.Links(Report("اليمن", 12, Monday), Report("اليمن", 14, Monday.AddDays(1)), sameStory: true));
    }

    [Fact]
    public void ReportsOfTwoPlacesAreTwoIncidents() =>
        Assert.False(IncidentRule.Links(Report("عدن", 12, Monday), Report("تعز", 12, Monday)));

    [Fact]
    public void WithoutAPlaceTheVictimsOrganisationDecides()
    {
        var first = Report(null, 80, Monday) with { Affiliation = "تنظيم الدولة الإسلامية" };

        Assert.True(IncidentRule.Links(first, Report(null, 81, Monday.AddHours(5)) with { Affiliation = "تنظيم الدولة الإسلامية" }));
        Assert.False(IncidentRule.Links(first, Report(null, 81, Monday.AddHours(5))));
    }

    [Fact]
    public void AWoundedFigureAloneCanLinkReports() =>
        Assert.True(IncidentRule.Links(Report("عدن", null, Monday) with { Wounded = 20 }, Report("عدن", 15, Monday) with { Wounded = 25 }));

    [Fact]
    public void AnArticleReportsTheLargestFigureOfEachKindPerPlace()
    {
        var article = new AnalyzedArticle(
            new Dashboard.Core.Articles.Article("خبر", "مصدر", Monday, ["نص"]),
            TextFacts.None,
            new TextFacts([], [Fact("killed", 10, "عدن"), Fact("killed", 3, "عدن"), Fact("wounded", 20, "عدن"), Fact("killed", 2, "تعز")]));

        var reports = EventReport.From(article).OrderBy(r => r.Place, StringComparer.Ordinal).ToList();

        Assert.Equal([("تعز", 2L, (long?)null), ("عدن", 10L, 20L)], reports.Select(r => (r.Place!, r.Killed!.Value, r.Wounded)));
        Assert.False(reports[1].Reported(reports[1].Facts[1].Fact));
    }

    [Fact]
    public void AWarsTollIsAFactButNoIncidentReport()
    {
        var article = new AnalyzedArticle(
            new Dashboard.Core.Articles.Article("خبر", "مصدر", Monday, ["نص"]),
            TextFacts.None,
            new TextFacts([], [Fact("killed", 200_001, "سوريا"), Fact("killed", 12, "حلب")]));

        Assert.Equal(["حلب"], EventReport.From(article).Select(r => r.Place));
    }

    private static EventReport Report(string? place, long? killed, DateTimeOffset published) => new(place, null, killed, null, published, []);

    private static CasualtyFact Fact(string kind, long count, string place) => new(0, 1, "x", kind, count, count, false, null, null, place);
}
