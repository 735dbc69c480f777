using Dashboard.Data.Dialects;
using Dashboard.Data.Queries;
using Microsoft.Extensions.Configuration;

namespace Dashboard.Data.Tests.Queries;

public sealed class QueryGateTests : IDisposable
{
    private readonly QueryGate _gate = new(2);
    private readonly List<TaskCompletionSource<string>> _held = [];
    private int _started;

    public void Dispose() => _gate.Dispose();

    [Fact]
    public async Task NoMoreQueriesRunAtOnceThanTheGateHasSlots()
    {
        var answers = Enumerable.Range(0, 5).Select(_ => _gate.RunAsync(HeldAsync, CancellationToken.None)).ToList();

        Assert.Equal(2, _started);
        Held(0).SetResult("بغداد");
        Assert.Equal("بغداد", await answers[0]);
        await StartedAsync(3);
    }

    [Fact]
    public async Task ACallerThatGivesUpWhileWaitingNeverRunsItsQuery()
    {
        using var gaveUp = new CancellationTokenSource();
        var running = new[] { _gate.RunAsync(HeldAsync, CancellationToken.None), _gate.RunAsync(HeldAsync, CancellationToken.None) };
        var waiting = _gate.RunAsync(HeldAsync, gaveUp.Token);

        await gaveUp.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
        Held(0).SetResult("الموصل");
        await running[0];
        await Task.Delay(200);

        Assert.Equal(2, _started);
    }

    [Fact]
    public async Task AFailedQueryGivesItsSlotBack()
    {
        using var gate = new QueryGate(1);

        await Assert.ThrowsAsync<InvalidOperationException>(() => gate.RunAsync<string>(_ => throw new InvalidOperationException("انقطع الاتصال"), CancellationToken.None));

        Assert.Equal("حلب", await gate.RunAsync(_ => Task.FromResult("حلب"), CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public async Task TheCacheRunsItsQueriesThroughTheGate()
    {
        using var cache = new QueryCache(new DataVersion(), QueryCacheSettings.Default, _gate);

        var answers = new[] { "صنعاء", "عدن", "تعز" }.Select(city => cache.GetAsync(city, HeldAsync, _ => 1, CancellationToken.None)).ToList();

        Assert.Equal(2, _started);
        Held(1).SetResult("عدن");
        await answers[1];
        await StartedAsync(3);
    }

    [Theory]
    [InlineData(null, -1)]
    [InlineData("3", 3)]
    public void TheSlotsComeFromConfiguration(string? configured, int slots)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [QueryGate.SlotsKey] = configured }).Build();

        using var gate = QueryGate.From(configuration);

        Assert.Equal(slots < 0 ? QueryGate.DefaultSlots : slots, gate.Slots);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("كثير")]
    public void ABadNumberOfSlotsNamesTheKey(string configured)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [QueryGate.SlotsKey] = configured }).Build();

        var refused = Assert.Throws<InvalidOperationException>(() => QueryGate.From(configuration));

        Assert.Contains(QueryGate.SlotsKey, refused.Message, StringComparison.Ordinal);
    }

    // A query that starts now and answers when the test says so. A freed slot starts the next query on another thread.
    private Task<string> HeldAsync(CancellationToken cancellationToken)
    {
        var answer = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_held)
        {
            _held.Add(answer);
            _started++;
        }

        return answer.Task;
    }

    private TaskCompletionSource<string> Held(int index)
    {
        lock (_held)
        {
            return _held[index];
        }
    }

    private async Task StartedAsync(int expected)
    {
        for (var waited = 0; Volatile.Read(ref _started) < expected && waited < 10_000; waited += 20)
        {
            await Task.Delay(20);
        }

        Assert.Equal(expected, Volatile.Read(ref _started));
    }
}
