using Dashboard.Core.Articles;
using Dashboard.Data.Queries;

namespace Dashboard.Data.Tests.Queries;

/// <summary>Several reports of one strike, worded and counted differently, are one incident with the range of their figures.</summary>
public sealed class IncidentTests : IDisposable
{
    private readonly TestDatabase _database = new();

    public IncidentTests()
    {
        _database.Store().AddAsync(
        [
            Article("راي اليوم", "2017-03-02T08:00:00Z", "عدن ـ (أ ف ب) – قتل 12 شخصا وأصيب 20 آخرون في تفجير انتحاري استهدف مركزا للشرطة في عدن."),
            Article("الجزيرة نت", "2017-03-02T11:00:00Z", "أعلنت مصادر أمنية مقتل 15 شخصا في الهجوم الانتحاري على مركز الشرطة في عدن، بينهم 4 جنود."),
            Article("العربية نت", "2017-03-03T09:00:00Z", "ارتفعت حصيلة تفجير عدن إلى 17 قتيلا و25 جريحا، بحسب مسؤولين في المدينة."),
            Article("الشرق الأوسط", "2017-03-02T12:00:00Z", "وفي بغداد، قتل 3 أشخاص في انفجار عبوة ناسفة."),
            Article("الشرق الأوسط", "2017-03-20T12:00:00Z", "قتل شخصان في انفجار جديد في عدن."),
        ]).GetAwaiter().GetResult();
    }

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task ThreeReportsOfOneStrikeAreOneIncident()
    {
        var weeks = await _database.Casualties.PerPeriodAsync(new ArticleFilter(new DateOnly(2017, 2, 27), new DateOnly(2017, 3, 5)), Granularity.Week);

        var week = Assert.Single(weeks);
        Assert.Equal(2, week.Incidents); // Aden and Baghdad
        Assert.Equal(4, week.Reports);
        Assert.Equal((12 + 3L, 17 + 3L), (week.KilledMin, week.KilledMax));
        Assert.Equal((20L, 25L), (week.WoundedMin, week.WoundedMax));
    }

    [Fact]
    public async Task TheSamePlaceWeeksLaterIsAnotherIncident()
    {
        var months = await _database.Casualties.PerPeriodAsync(ArticleFilter.All, Granularity.Month);

        Assert.Equal(3, Assert.Single(months).Incidents);
    }

    [Fact]
    public async Task ABreakdownAddsNoVictims()
    {
        var day = await _database.Casualties.PerPeriodAsync(new ArticleFilter(new DateOnly(2017, 3, 2), new DateOnly(2017, 3, 2)), Granularity.Day);

        Assert.DoesNotContain(day, d => d.KilledMax > 17 + 3);
    }

    [Fact]
    public async Task AnOutletFilterKeepsTheIncidentsItReported()
    {
        var weeks = await _database.Casualties.PerPeriodAsync(new ArticleFilter(Sources: ["العربية نت"]), Granularity.Month);

        Assert.Equal(1, Assert.Single(weeks).Incidents);
    }

    [Fact]
    public async Task CopiesOfOneStoryWithoutAPlaceAreOneIncident()
    {
        using var database = new TestDatabase();
        const string Body = "أعلن مسؤول أمني رفض الكشف عن اسمه مقتل 9 أشخاص وإصابة 14 آخرين في هجوم مسلح استهدف حافلة ركاب على طريق سريع صباح اليوم، وقال إن المهاجمين فروا.";
        await database.Store().AddAsync([Article("سبق", "2017-05-02T08:00:00Z", Body), Article("عكاظ", "2017-05-02T10:00:00Z", Body + " وفتحت السلطات تحقيقا.")]);

        var week = Assert.Single(await database.Casualties.PerPeriodAsync(ArticleFilter.All, Granularity.Week));

        Assert.Equal((1L, 2L, 9L, 14L), (week.Incidents, week.Reports, week.KilledMax, week.WoundedMax));
    }

    [Fact]
    public async Task OneCitysDailyReportsOverFourWeeksAreAnIncidentAWeek()
    {
        using var database = new TestDatabase();
        var start = new DateTimeOffset(2017, 4, 1, 9, 0, 0, TimeSpan.Zero);
        await database.Store().AddAsync([.. Enumerable.Range(0, 28).Select(day => new Article(
            "خبر", day % 2 == 0 ? "سبق" : "عكاظ", start.AddDays(day), [$"قتل {3 + (day % 3)} أشخاص في انفجار عبوة ناسفة في عدن صباح اليوم رقم {day + 1}."]))]);

        // Each day links to the days before it; an incident stops at a week: days 1-8, 9-16, 17-24, 25-28.
        Assert.Equal(4, await database.CountAsync("incidents"));
        Assert.Equal(28, await database.CountAsync("casualty_facts WHERE incident_id IS NOT NULL"));
    }

    [Fact]
    public async Task ATollThatGrowsTooFarFromTheFirstReportStartsAnotherIncident()
    {
        using var database = new TestDatabase();
        await database.Store().AddAsync(
        [
            Article("سبق", "2017-06-01T08:00:00Z", "قتل 12 شخصا في انفجار في عدن."),
            Article("عكاظ", "2017-06-02T08:00:00Z", "قتل 30 شخصا في هجوم على سوق في عدن."),
            Article("الرياض", "2017-06-03T08:00:00Z", "قتل 90 شخصا في قصف على أحياء عدن."),
        ]);

        // 30 agrees with 12 and 90 with 30, but 12 and 90 are not one event.
        Assert.Equal(2, await database.CountAsync("incidents"));
    }

    private static Article Article(string source, string published, string body) =>
        new("خبر", source, DateTimeOffset.Parse(published, System.Globalization.CultureInfo.InvariantCulture), [body]);
}
