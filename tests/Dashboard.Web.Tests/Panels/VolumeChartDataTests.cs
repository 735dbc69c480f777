using Dashboard.Data.Queries;
using Dashboard.Web.Components.Panels;

namespace Dashboard.Web.Tests.Panels;

public sealed class VolumeChartDataTests
{
    private static readonly VolumePoint[] Points =
    [
        new("2017-01-19", "الجزيرة نت", 5),
        new("2017-01-19", "راي اليوم", 2),
        new("2017-01-19", "العربية نت", 1),
        new("2017-01-20", "الجزيرة نت", 4),
        new("2017-01-21", "القدس العربي", 1),
    ];

    [Fact]
    public void TheLargestOutletsGetSeriesAndTheRestAreSummedAsOthers()
    {
        var series = VolumeChartData.Build(Points, topOutlets: 2);

        Assert.Equal(["الجزيرة نت", "راي اليوم", VolumeChartData.OthersLabel], series.Select(s => s.Name));
        Assert.Equal([1d, 0d, 1d], series[2].Data.Select(p => p.Y!.Value));
    }

    [Fact]
    public void EverySeriesHasAPointForEveryPeriodSoStacksLineUp()
    {
        var series = VolumeChartData.Build(Points, topOutlets: 8);

        Assert.All(series, s => Assert.Equal(3, s.Data.Count));
        Assert.All(series, s => Assert.Equal(series[0].Data.Select(p => p.X), s.Data.Select(p => p.X)));
        Assert.Equal([5d, 4d, 0d], series.Single(s => s.Name == "الجزيرة نت").Data.Select(p => p.Y!.Value));
    }

    [Fact]
    public void TheTotalIsKept() =>
        Assert.Equal(Points.Sum(p => p.Articles), VolumeChartData.Build(Points, topOutlets: 1).Sum(s => s.Data.Sum(p => p.Y!.Value)));

    [Fact]
    public void PeriodsBecomeUtcMidnightInMilliseconds() =>
        Assert.Equal(1484784000000L, VolumeChartData.Build(Points, 8)[0].Data[0].X);

    [Fact]
    public void NoPointsMeanNoSeries() => Assert.Empty(VolumeChartData.Build([], 8));
}
