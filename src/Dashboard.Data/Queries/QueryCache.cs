using Dashboard.Data.Dialects;
using Microsoft.Extensions.Caching.Memory;

namespace Dashboard.Data.Queries;

/// <summary>
/// Panel results kept in memory while the stored data stands still. Every filter change of every
/// viewer asks the same few questions (the presets, the outlets), so viewers share one answer
/// instead of each running the same aggregate. A result is saved under the <see cref="DataVersion"/>
/// of the moment its query started: any write since then moves the version, and the result is not
/// reused. Callers asking the same question at once share one query. Every query it runs, kept or not,
/// goes through the <see cref="QueryGate"/> when it has one.
/// </summary>
/// <remarks>
/// After a write the first caller of a question waits for the fresh answer, so whoever reads after their own
/// write sees it. Callers who ask while that fresh answer is being computed get the previous one at once, if it
/// is younger than <see cref="QueryCacheSettings.PreviousWhileRefreshing"/>: as if they had asked a moment
/// earlier. Under a steady stream of writes (a feed posting every two seconds) every answer was otherwise
/// asked for again by every viewer after every write, each waiting for the same slow query.
/// </remarks>
public sealed class QueryCache : IDisposable
{
    private readonly DataVersion _version;
    private readonly QueryCacheSettings _settings;
    private readonly MemoryCache? _entries;
    // The last answer of each question, whatever the version it was computed under, for callers who ask while
    // the answer of the current version is being computed.
    private readonly MemoryCache? _previous;
    private readonly QueryGate? _gate;
    private long _entriesVersion = -1;

    /// <summary>
    /// A cache whose answers hold while <paramref name="version"/> stands still (the dialect's <see cref="ISqlDialect.Writes"/>),
    /// running its queries through <paramref name="gate"/> when given.
    /// </summary>
    public QueryCache(DataVersion version, QueryCacheSettings settings, QueryGate? gate = null)
    {
        ArgumentNullException.ThrowIfNull(version);
        ArgumentNullException.ThrowIfNull(settings);
        _version = version;
        _settings = settings;
        _gate = gate;
        _entries = settings.Enabled ? new MemoryCache(new MemoryCacheOptions { SizeLimit = settings.MaxRows }) : null;
        _previous = settings.Enabled && settings.PreviousWhileRefreshing > TimeSpan.Zero ? new MemoryCache(new MemoryCacheOptions { SizeLimit = settings.MaxRows }) : null;
    }

    /// <summary>A cache that keeps nothing, for queries built without one.</summary>
    public static QueryCache None { get; } = new(new DataVersion(), QueryCacheSettings.Off);

    /// <summary>
    /// The saved answer to <paramref name="key"/> when the data has not changed since it was computed,
    /// else the answer of <paramref name="query"/>, saved with a size of <paramref name="rows"/>.
    /// </summary>
    /// <remarks>
    /// The query itself runs without the caller's token, since other callers may wait for it; the
    /// caller stops waiting when its token is cancelled, and the query is cancelled once no caller waits.
    /// </remarks>
    public async Task<T> GetAsync<T>(string key, Func<CancellationToken, Task<T>> query, Func<T, int> rows, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(rows);
        if (_gate is { } gate)
        {
            var ungated = query;
            query = token => gate.RunAsync(ungated, token);
        }

        if (_entries is null)
        {
            return await query(cancellationToken);
        }

        var version = _version.Current;
        if (Interlocked.Exchange(ref _entriesVersion, version) != version)
        {
            // Entries of older versions can never be read again; dropping them only frees memory.
            _entries.Clear();
        }

        var entryKey = new EntryKey(version, key);
        _entries.TryGetValue(entryKey, out SharedAnswer<T>? shared);
        if (shared is { Answer.IsCompleted: false } && _previous is not null && _previous.TryGetValue(key, out T? previous) && previous is not null)
        {
            return previous;
        }

        if (shared is null || !shared.TryJoin())
        {
            shared = new SharedAnswer<T>(query);
            shared.TryJoin();
            // Set returns the answer it keeps; the answer is awaited below, not here.
            _ = _entries.Set(entryKey, shared, Options(1));
            _ = KeepOrForgetAsync(_entries, entryKey, shared, rows);
        }

        return await shared.WaitAsync(cancellationToken);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _entries?.Dispose();
        _previous?.Dispose();
    }

    // A finished answer is saved again with its real size; a failed or abandoned one is forgotten, so the next
    // caller asks again (unless a newer answer has already taken its place).
    private async Task KeepOrForgetAsync<T>(MemoryCache entries, EntryKey key, SharedAnswer<T> shared, Func<T, int> rows)
    {
        try
        {
            var value = await shared.Answer;
            var size = rows(value) + 1;
            if (entries.TryGetValue(key, out SharedAnswer<T>? current) && ReferenceEquals(current, shared))
            {
                _ = entries.Set(key, shared, Options(size));
            }

            _previous?.Set(key.Query, value, new MemoryCacheEntryOptions { Size = size, AbsoluteExpirationRelativeToNow = _settings.PreviousWhileRefreshing });
        }
#pragma warning disable CA1031 // The caller that awaits the answer sees the failure; here it only must not be kept.
        catch (Exception)
#pragma warning restore CA1031
        {
            if (entries.TryGetValue(key, out SharedAnswer<T>? current) && ReferenceEquals(current, shared))
            {
                entries.Remove(key);
            }

            shared.Dispose();
        }
    }

    private MemoryCacheEntryOptions Options(long size) => new() { Size = size, AbsoluteExpirationRelativeToNow = _settings.MaxAge };

    private readonly record struct EntryKey(long Version, string Query);
}
