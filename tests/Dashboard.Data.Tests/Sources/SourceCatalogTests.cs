using Dashboard.Core.Articles;
using Dashboard.Data.Queries;
using Dashboard.Data.Sources;

namespace Dashboard.Data.Tests.Sources;

public sealed class SourceCatalogTests
{
    [Theory]
    [InlineData("رأي اليوم")]
    [InlineData("raialyoum.com")]
    [InlineData("https://www.raialyoum.com/")]
    public async Task AnOutletWrittenAnotherWayIsTheSameOutlet(string spelling)
    {
        using var database = new TestDatabase();

        await database.Store().AddAsync([Article("راي اليوم", "نص أول", "https://www.raialyoum.com/a"), Article(spelling, "نص ثان", null)]);

        Assert.Equal([new SourceTotal("راي اليوم", 2)], await database.Volume.PerSourceAsync(ArticleFilter.All));
    }

    [Fact]
    public async Task AnAliasAndAMergeMakeTwoOutletsOne()
    {
        using var database = new TestDatabase();
        var catalog = new SourceCatalog(database.Dialect);
        await database.Store().AddAsync([Article("الشرق الاوسط", "نص أول", null), Article("Asharq Al-Awsat", "نص ثان", null)]);

        await catalog.MergeAsync("Asharq Al-Awsat", "الشرق الاوسط");
        await catalog.RenameAsync("الشرق الاوسط", "الشرق الأوسط");
        await catalog.AddAliasAsync("الشرق الأوسط", "aawsat.com");
        await database.Store().AddAsync([Article("aawsat.com", "نص ثالث", null), Article("Asharq Al-Awsat", "نص رابع", null)]);

        Assert.Equal([new SourceTotal("الشرق الأوسط", 4)], await database.Volume.PerSourceAsync(ArticleFilter.All));
        await Assert.ThrowsAsync<KeyNotFoundException>(() => catalog.AddAliasAsync("لا يوجد", "x"));
    }

    private static Article Article(string source, string body, string? url) =>
        new("خبر", source, new DateTimeOffset(2017, 1, 19, 0, 0, 0, TimeSpan.Zero), [body], url);
}
