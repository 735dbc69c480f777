using Dashboard.Web.Localization;
using Dashboard.Data.Queries;
using Dashboard.Web.Components.Panels;

namespace Dashboard.Web.Tests.Panels;

public sealed class ActorHeatmapDataTests
{
    private static readonly ActorPeriod[] Timeline =
    [
        new("باراك أوباما", "2017-01-09", 3),
        new("باراك أوباما", "2017-01-16", 5),
        new("جون كيري", "2017-01-16", 2),
    ];

    [Fact]
    public void EveryActorGetsACellForEveryPeriodWithZeroWhereItIsNotMentioned()
    {
        var rows = ActorHeatmapData.Build(["باراك أوباما", "جون كيري"], Timeline, UiCulture.Arabic);

        var kerry = rows.Single(r => r.Name == "جون كيري");
        Assert.Equal([0d, 2d], kerry.Data.Select(p => p.Y));
        Assert.All(rows, r => Assert.Equal(2, r.Data.Count));
    }

    [Fact]
    public void TheMostMentionedActorIsTheLastSeriesSoItIsDrawnOnTop()
    {
        var rows = ActorHeatmapData.Build(["باراك أوباما", "جون كيري"], Timeline, UiCulture.Arabic);

        Assert.Equal(["جون كيري", "باراك أوباما"], rows.Select(r => r.Name));
    }

    [Fact]
    public void ColumnsAreLabelledWithArabicDates()
    {
        var rows = ActorHeatmapData.Build(["باراك أوباما"], Timeline, UiCulture.Arabic);

        Assert.Matches("[\u0600-\u06FF]", (string)rows[0].Data[0].X);
    }
}
