using Dashboard.Web.Components.Pages;

namespace Dashboard.Web.Tests.Pages;

public sealed class RangePresetTests
{
    [Theory]
    [InlineData("7d", "2017-01-19", "2017-01-13")]
    [InlineData("30d", "2017-01-19", "2016-12-21")]
    [InlineData("3m", "2017-01-19", "2016-10-20")]
    [InlineData("12m", "2017-01-19", "2016-01-20")]
    [InlineData("3m", "2016-05-31", "2016-03-01")]
    public void APresetEndsOnTheNewestStoredDayAndCountsItsDaysInclusively(string key, string lastDay, string expectedFrom)
    {
        var preset = RangePreset.All.Single(p => p.Key == key);

        var (from, to) = preset.EndingOn(DateOnly.Parse(lastDay, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(DateOnly.Parse(expectedFrom, System.Globalization.CultureInfo.InvariantCulture), from);
        Assert.Equal(DateOnly.Parse(lastDay, System.Globalization.CultureInfo.InvariantCulture), to);
    }

    [Fact]
    public void EveryPresetHasItsOwnKeyAndArabicLabel()
    {
        Assert.Equal(RangePreset.All.Count, RangePreset.All.Select(p => p.Key).Distinct().Count());
        Assert.All(RangePreset.All, p => Assert.Matches("[\u0600-\u06FF]", p.Label));
    }
}
