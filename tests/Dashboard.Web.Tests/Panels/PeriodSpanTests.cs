using System.Globalization;
using Dashboard.Data.Queries;
using Dashboard.Web.Components.Panels;

namespace Dashboard.Web.Tests.Panels;

public sealed class PeriodSpanTests
{
    [Theory]
    [InlineData("2017-01-19", Granularity.Day, "2017-01-19", "2017-01-19")]
    [InlineData("2017-01-16", Granularity.Week, "2017-01-16", "2017-01-22")]
    [InlineData("2016-02-01", Granularity.Month, "2016-02-01", "2016-02-29")]
    public void ABarStandsForTheDaysOfItsPeriod(string start, Granularity granularity, string from, string to)
    {
        Assert.Equal((Day(from), Day(to)), PeriodSpan.Of(Day(start), granularity, ArticleFilter.All));
    }

    [Fact]
    public void AWeekThatStartsBeforeTheRangeIsCutToIt()
    {
        var filter = new ArticleFilter(Day("2017-01-18"), Day("2017-01-20"));

        Assert.Equal((Day("2017-01-18"), Day("2017-01-20")), PeriodSpan.Of(Day("2017-01-16"), Granularity.Week, filter));
    }

    private static DateOnly Day(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
