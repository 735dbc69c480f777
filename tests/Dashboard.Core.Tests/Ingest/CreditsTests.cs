using Dashboard.Core.Ingest;

namespace Dashboard.Core.Tests.Ingest;

public sealed class CreditsTests
{
    [Theory]
    [InlineData("واشنطن\u00A0ـ (أ ف ب) – اعلن وزير الدفاع", "واشنطن", "AFP")]
    [InlineData("بغداد - (رويترز) - قال مسؤولون", "بغداد", "Reuters")]
    [InlineData("القاهرة – الأناضول: وصل حفتر", "القاهرة", "Anadolu")]
    [InlineData("برلين ـ (د ب أ) – قالت الحكومة", "برلين", "dpa")]
    [InlineData("الرياض - واس: أعلنت الوزارة", "الرياض", "SPA")]
    [InlineData("نيويورك ـ (أ ب) - أظهرت", "نيويورك", "AP")]
    [InlineData("دمشق ـ قال مصدر عسكري", "دمشق", null)]
    public void TheDatelineAndTheAgencyAreRead(string paragraph, string? dateline, string? agency) =>
        Assert.Equal((dateline, agency), Credits.Of(paragraph));

    [Theory]
    [InlineData("أعلنت الحكومة السورية اليوم - في بيان رسمي - أن")]
    [InlineData("قتل 12 شخصا في انفجار")]
    public void ASentenceIsNoDateline(string paragraph) =>
        Assert.Equal((null, null), Credits.Of(paragraph));
}
