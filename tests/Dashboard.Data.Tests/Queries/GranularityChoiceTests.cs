using System.Globalization;
using Dashboard.Data.Queries;

namespace Dashboard.Data.Tests.Queries;

public sealed class GranularityChoiceTests
{
    [Theory]
    [InlineData("2026-11-24", "2026-11-30", Granularity.Day)]
    [InlineData("2026-09-01", "2026-11-30", Granularity.Day)]
    [InlineData("2026-08-31", "2026-11-30", Granularity.Day)]
    [InlineData("2026-08-30", "2026-11-30", Granularity.Week)]
    [InlineData("2025-12-01", "2026-11-30", Granularity.Week)]
    [InlineData("2025-10-27", "2026-11-30", Granularity.Week)]
    [InlineData("2025-10-26", "2026-11-30", Granularity.Month)]
    public void ARangeCountsByDayUpToThreeMonthsByWeekUpToAboutAYearThenByMonth(string from, string to, Granularity expected)
    {
        Assert.Equal(expected, GranularityChoice.For(null, Day(from), Day(to)));
    }

    [Fact]
    public void AnOpenRangeCountsByWeek()
    {
        Assert.Equal(Granularity.Week, GranularityChoice.For(null, null, Day("2026-11-30")));
    }

    [Theory]
    [InlineData("day", Granularity.Day)]
    [InlineData("Month", Granularity.Month)]
    public void TheGranularityNamedInTheAddressWinsOverTheRange(string named, Granularity expected)
    {
        Assert.Equal(expected, GranularityChoice.For(named, Day("2025-12-01"), Day("2026-11-30")));
    }

    [Theory]
    [InlineData("hour")]
    [InlineData("7")]
    public void AnUnknownGranularityInTheAddressFallsBackToTheRangesChoice(string named)
    {
        Assert.Equal(Granularity.Week, GranularityChoice.For(named, Day("2025-12-01"), Day("2026-11-30")));
    }

    private static DateOnly Day(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Theory]
    [InlineData(Granularity.Day, Granularity.Week)]
    [InlineData(Granularity.Week, Granularity.Week)]
    [InlineData(Granularity.Month, Granularity.Month)]
    public void TheSparsePanelsCountAtLeastByWeek(Granularity chosen, Granularity expected) =>
        Assert.Equal(expected, GranularityChoice.Sparse(chosen));
}
