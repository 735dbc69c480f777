using Dashboard.Data.Queries;
using Dashboard.Web.Components.Panels;
using Dashboard.Web.Localization;

namespace Dashboard.Web.Tests.Panels;

public sealed class ActorHeatmapDataTests
{
    private static readonly ActorPeriod[] Timeline =
    [
        new("باراك أوباما", "2017-01-09", 3),
        new("باراك أوباما", "2017-01-16", 5),
        new("جون كيري", "2017-01-16", 2),
    ];

    // Four weeks of a range, the first and the last without a mention.
    private static readonly IReadOnlyList<DateOnly> Weeks = PeriodStarts.Between(new DateOnly(2017, 1, 3), new DateOnly(2017, 1, 27), Granularity.Week);

    [Fact]
    public void EveryActorGetsACellForEveryPeriodWithZeroWhereItIsNotMentioned()
    {
        var rows = ActorHeatmapData.Build(["باراك أوباما", "جون كيري"], Timeline, Weeks, Granularity.Week, UiCulture.English);

        var kerry = rows.Single(r => r.Name == "جون كيري");
        Assert.Equal([0d, 0d, 2d, 0d], kerry.Data.Select(p => p.Y));
        Assert.All(rows, r => Assert.Equal(4, r.Data.Count));
    }

    [Fact]
    public void InArabicTheColumnsRunFromTheRightSoTheNewestWeekComesFirstInTheData()
    {
        var rows = ActorHeatmapData.Build(["باراك أوباما"], Timeline, Weeks, Granularity.Week, UiCulture.Arabic);

        Assert.Equal([0d, 5d, 3d, 0d], rows[0].Data.Select(p => p.Y));
    }

    [Theory]
    [InlineData("2017-01-11", "week", "2017-01-09")]
    [InlineData("2017-01-15", "week", "2017-01-09")]
    [InlineData("2017-01-16", "week", "2017-01-16")]
    [InlineData("2017-02-28", "month", "2017-02-01")]
    [InlineData("2017-02-28", "day", "2017-02-28")]
    public void APeriodStartsOnMondayOrTheFirstOfTheMonthAsTheQueriesCountIt(string day, string granularity, string start) =>
        Assert.Equal(DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture),
            PeriodStarts.Of(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture), Enum.Parse<Granularity>(granularity, ignoreCase: true)));

    [Fact]
    public void TheMostMentionedActorIsTheLastSeriesSoItIsDrawnOnTop()
    {
        var rows = ActorHeatmapData.Build(["باراك أوباما", "جون كيري"], Timeline, Weeks, Granularity.Week, UiCulture.English);

        Assert.Equal(["جون كيري", "باراك أوباما"], rows.Select(r => r.Name));
    }

    [Fact]
    public void ColumnsAreLabelledWithArabicDates()
    {
        var rows = ActorHeatmapData.Build(["باراك أوباما"], Timeline, Weeks, Granularity.Week, UiCulture.Arabic);

        Assert.Matches("[\u0600-\u06FF]", (string)rows[0].Data[0].X);
    }

    [Fact]
    public void TenYearsOfMonthsAreDrawnAsFortyQuartersEachTheSumOfItsMonths()
    {
        var months = PeriodStarts.Between(new DateOnly(2008, 1, 1), new DateOnly(2017, 12, 31), Granularity.Month);
        ActorPeriod[] timeline = [new("باراك أوباما", "2009-01-01", 3), new("باراك أوباما", "2009-03-01", 4), new("باراك أوباما", "2009-04-01", 1)];

        var row = ActorHeatmapData.Build(["باراك أوباما"], timeline, months, Granularity.Month, UiCulture.English).Single();

        Assert.Equal(40, row.Data.Count);
        Assert.Equal(7d, row.Data[4].Y);
        Assert.Equal(1d, row.Data[5].Y);
        Assert.Equal(8d, row.Data.Sum(p => p.Y));
        Assert.Equal("Jan – Mar 2009", row.Data[4].X);
    }

    [Fact]
    public void FiveYearsOfMonthsKeepAColumnPerMonth()
    {
        var months = PeriodStarts.Between(new DateOnly(2013, 1, 1), new DateOnly(2017, 12, 31), Granularity.Month);

        var row = ActorHeatmapData.Build(["باراك أوباما"], Timeline, months, Granularity.Month, UiCulture.Arabic).Single();

        Assert.Equal(60, row.Data.Count);
    }

    [Fact]
    public void TwentyYearsOfMonthsAreDrawnByYear()
    {
        var months = PeriodStarts.Between(new DateOnly(1998, 1, 1), new DateOnly(2017, 12, 31), Granularity.Month);

        var row = ActorHeatmapData.Build(["باراك أوباما"], [new("باراك أوباما", "2017-06-01", 2)], months, Granularity.Month, UiCulture.English).Single();

        Assert.Equal(20, row.Data.Count);
        Assert.Equal(("2017", 2d), ((string)row.Data[^1].X, row.Data[^1].Y!.Value));
    }
}
