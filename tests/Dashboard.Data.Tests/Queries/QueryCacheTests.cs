using Dashboard.Data.Dialects;
using Dashboard.Data.Queries;
using Microsoft.Extensions.Configuration;

namespace Dashboard.Data.Tests.Queries;

public sealed class QueryCacheTests : IDisposable
{
    private readonly TestDatabase _database = new();
    private int _queries;

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task TheSameQuestionIsAnsweredOnceWhileNothingIsWritten()
    {
        var cache = new QueryCache(new DataVersion(), QueryCacheSettings.Default);

        var first = await cache.GetAsync("actors|بغداد", CountedAsync, r => r.Count, CancellationToken.None);
        var second = await cache.GetAsync("actors|بغداد", CountedAsync, r => r.Count, CancellationToken.None);

        Assert.Same(first, second);
        Assert.Equal(1, _queries);
    }

    [Fact]
    public async Task DifferentQuestionsAreAnsweredEachByItsOwnQuery()
    {
        var cache = new QueryCache(new DataVersion(), QueryCacheSettings.Default);

        await cache.GetAsync("actors|بغداد", CountedAsync, r => r.Count, CancellationToken.None);
        await cache.GetAsync("actors|الموصل", CountedAsync, r => r.Count, CancellationToken.None);

        Assert.Equal(2, _queries);
    }

    [Fact]
    public async Task AWriteThroughTheDialectEndsReuse()
    {
        var cache = new QueryCache(_database.Dialect.Writes, QueryCacheSettings.Default);
        await cache.GetAsync("volume", CountedAsync, r => r.Count, CancellationToken.None);

        await using (await _database.Dialect.OpenForWritingAsync())
        {
            // Opened and closed, as every write is.
        }

        await cache.GetAsync("volume", CountedAsync, r => r.Count, CancellationToken.None);
        Assert.Equal(2, _queries);
    }

    [Fact]
    public async Task AnAnswerComputedWhileAWriteWasUnderWayIsNotReusedAfterItsCommit()
    {
        var cache = new QueryCache(_database.Dialect.Writes, QueryCacheSettings.Default);
        var writer = await _database.Dialect.OpenForWritingAsync();
        var release = new TaskCompletionSource<IReadOnlyList<string>>();

        var during = cache.GetAsync("volume", _ => { _queries++; return release.Task; }, r => r.Count, CancellationToken.None);
        await writer.DisposeAsync();
        release.SetResult(["قبل الحفظ"]);
        await during;
        var after = await cache.GetAsync("volume", CountedAsync, r => r.Count, CancellationToken.None);

        Assert.Equal(["بعد الحفظ"], after);
        Assert.Equal(2, _queries);
    }

    [Fact]
    public async Task CallersAskingAtOnceShareOneQuery()
    {
        var cache = new QueryCache(new DataVersion(), QueryCacheSettings.Default);
        var release = new TaskCompletionSource<IReadOnlyList<string>>();
        Task<IReadOnlyList<string>> Slow(CancellationToken _)
        {
            _queries++;
            return release.Task;
        }

        var first = cache.GetAsync("casualties", Slow, r => r.Count, CancellationToken.None);
        var second = cache.GetAsync("casualties", Slow, r => r.Count, CancellationToken.None);
        release.SetResult(["مقتل 12 شخصا"]);

        Assert.Same(await first, await second);
        Assert.Equal(1, _queries);
    }

    [Fact]
    public async Task AFailedQueryIsNotKeptAndTheNextCallerRetries()
    {
        var cache = new QueryCache(new DataVersion(), QueryCacheSettings.Default);

        await Assert.ThrowsAsync<InvalidOperationException>(() => cache.GetAsync<IReadOnlyList<string>>("articles|غزة", _ => throw new InvalidOperationException("database is locked"), r => r.Count, CancellationToken.None));
        var retried = await cache.GetAsync("articles|غزة", CountedAsync, r => r.Count, CancellationToken.None);

        Assert.Equal(["بعد الحفظ"], retried);
    }

    [Fact]
    public async Task ACallerThatGivesUpLeavesTheAnswerToTheOthers()
    {
        var cache = new QueryCache(new DataVersion(), QueryCacheSettings.Default);
        var release = new TaskCompletionSource<IReadOnlyList<string>>();
        using var leaving = new CancellationTokenSource();

        var gaveUp = cache.GetAsync("actors", _ => release.Task, r => r.Count, leaving.Token);
        var staying = cache.GetAsync("actors", _ => release.Task, r => r.Count, CancellationToken.None);
        await leaving.CancelAsync();
        release.SetResult(["الأمم المتحدة"]);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => gaveUp);
        Assert.Equal(["الأمم المتحدة"], await staying);
    }

    [Fact]
    public async Task AQuestionEveryCallerGaveUpOnIsCancelled()
    {
        var cache = new QueryCache(new DataVersion(), QueryCacheSettings.Default);
        var observed = new TaskCompletionSource<IReadOnlyList<string>>(TaskCreationOptions.RunContinuationsAsynchronously);
        Task<IReadOnlyList<string>> Watched(CancellationToken token)
        {
            token.Register(() => observed.TrySetCanceled(token));
            return observed.Task;
        }

        using var first = new CancellationTokenSource();
        using var second = new CancellationTokenSource();
        var asked = new[] { cache.GetAsync("articles|مقتل", Watched, r => r.Count, first.Token), cache.GetAsync("articles|مقتل", Watched, r => r.Count, second.Token) };
        await first.CancelAsync();
        Assert.False(observed.Task.IsCompleted, "one caller still waits, so the query runs on");
        await second.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => observed.Task.WaitAsync(TimeSpan.FromSeconds(10)));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Task.WhenAll(asked));
    }

    [Fact]
    public async Task AfterAnAbandonedQuestionTheNextCallerGetsAFreshAnswer()
    {
        var cache = new QueryCache(new DataVersion(), QueryCacheSettings.Default);
        using var leaving = new CancellationTokenSource();
        static async Task<IReadOnlyList<string>> Endless(CancellationToken token)
        {
            await Task.Delay(Timeout.Infinite, token);
            return [];
        }

        var abandoned = cache.GetAsync("articles|مقتل", Endless, r => r.Count, leaving.Token);
        await leaving.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => abandoned);

        var fresh = await cache.GetAsync("articles|مقتل", CountedAsync, r => r.Count, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(["بعد الحفظ"], fresh);
        Assert.Equal(1, _queries);
    }

    [Fact]
    public async Task WhileTheFreshAnswerIsComputedOtherCallersGetThePreviousOne()
    {
        var version = new DataVersion();
        var cache = new QueryCache(version, QueryCacheSettings.Default);
        await cache.GetAsync("volume|7d", CountedAsync, r => r.Count, CancellationToken.None);
        version.Changed();
        var release = new TaskCompletionSource<IReadOnlyList<string>>();

        var fresh = cache.GetAsync("volume|7d", _ => release.Task, r => r.Count, CancellationToken.None);
        var meanwhile = await cache.GetAsync("volume|7d", CountedAsync, r => r.Count, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10));
        release.SetResult(["بعد آخر خبر"]);

        Assert.Equal(["بعد الحفظ"], meanwhile);
        Assert.Equal(["بعد آخر خبر"], await fresh);
        Assert.Equal(["بعد آخر خبر"], await cache.GetAsync("volume|7d", CountedAsync, r => r.Count, CancellationToken.None));
        Assert.Equal(1, _queries);
    }

    [Fact]
    public async Task WithoutAPreviousAnswerAllowedEveryCallerWaitsForTheFreshOne()
    {
        var version = new DataVersion();
        var cache = new QueryCache(version, QueryCacheSettings.Default with { PreviousWhileRefreshing = TimeSpan.Zero });
        await cache.GetAsync("volume|7d", CountedAsync, r => r.Count, CancellationToken.None);
        version.Changed();
        var release = new TaskCompletionSource<IReadOnlyList<string>>();

        var fresh = cache.GetAsync("volume|7d", _ => release.Task, r => r.Count, CancellationToken.None);
        var second = cache.GetAsync("volume|7d", CountedAsync, r => r.Count, CancellationToken.None);
        release.SetResult(["بعد آخر خبر"]);

        Assert.Equal(["بعد آخر خبر"], await second);
        Assert.Same(await fresh, await second);
    }

    [Fact]
    public async Task TurnedOffEveryCallQueries()
    {
        var cache = new QueryCache(new DataVersion(), QueryCacheSettings.Off);

        await cache.GetAsync("volume", CountedAsync, r => r.Count, CancellationToken.None);
        await cache.GetAsync("volume", CountedAsync, r => r.Count, CancellationToken.None);

        Assert.Equal(2, _queries);
    }

    [Theory]
    [InlineData(null, 30)]
    [InlineData("0", 0)]
    [InlineData("120", 120)]
    public void TheAgeIsReadFromConfiguration(string? seconds, int expected)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection([new(QueryCacheSettings.SecondsKey, seconds)]).Build();

        Assert.Equal(TimeSpan.FromSeconds(expected), QueryCacheSettings.From(configuration).MaxAge);
    }

    [Fact]
    public void AnAgeThatIsNotANumberIsRefusedNamingTheKey()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection([new(QueryCacheSettings.SecondsKey, "نصف دقيقة")]).Build();

        var error = Assert.Throws<InvalidOperationException>(() => QueryCacheSettings.From(configuration));

        Assert.Contains("Database:QueryCacheSeconds", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnArticleStoredAfterAPanelWasReadAppearsInTheNextRead()
    {
        await _database.Store().AddAsync([Sample.Article("راي اليوم", "2017-01-16T08:00:00Z", "خبر أول")]);
        var before = await _database.Volume.PerSourceAsync(ArticleFilter.All);

        await _database.Store().AddAsync([Sample.Article("راي اليوم", "2017-01-17T08:00:00Z", "خبر ثان")]);
        var after = await _database.Volume.PerSourceAsync(ArticleFilter.All);

        Assert.Equal([new SourceTotal("راي اليوم", 1)], before);
        Assert.Equal([new SourceTotal("راي اليوم", 2)], after);
    }

    [Fact]
    public async Task ARenamedOutletAppearsUnderItsNewNameInTheNextRead()
    {
        await _database.Store().AddAsync([Sample.Article("راي اليوم", "2017-01-16T08:00:00Z", "خبر أول")]);
        await _database.Volume.PerSourceAsync(ArticleFilter.All);

        await new Dashboard.Data.Sources.SourceCatalog(_database.Dialect).RenameAsync("راي اليوم", "رأي اليوم");

        Assert.Equal([new SourceTotal("رأي اليوم", 1)], await _database.Volume.PerSourceAsync(ArticleFilter.All));
    }

    private Task<IReadOnlyList<string>> CountedAsync(CancellationToken cancellationToken)
    {
        _queries++;
        return Task.FromResult<IReadOnlyList<string>>(["بعد الحفظ"]);
    }
}
