using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace Dashboard.Data.Queries;

/// <summary>
/// How many of the dashboard's read queries run at once; the others wait for a slot without holding a thread.
/// SQLite's calls hold their thread for the whole query (its async methods complete synchronously), so fifty
/// viewers asking at once held fifty thread-pool threads, and the circuits and Kestrel starved for threads
/// (the soak at a million articles logged it). Beyond a few per core, more queries at once only share the
/// same cores more thinly.
/// </summary>
public sealed class QueryGate : IDisposable
{
    /// <summary>Configuration key of the number of slots: <c>Database__ConcurrentQueries</c> in the environment.</summary>
    public const string SlotsKey = "Database:ConcurrentQueries";

    private readonly SemaphoreSlim _slots;

    /// <summary>A gate that lets <paramref name="slots"/> queries run at once.</summary>
    public QueryGate(int slots)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(slots, 1);
        Slots = slots;
        _slots = new SemaphoreSlim(slots, slots);
    }

    /// <summary>Two per core, at least four: a slow search then leaves room for the panels' quick queries.</summary>
    public static int DefaultSlots => Math.Max(4, 2 * Environment.ProcessorCount);

    /// <summary>How many queries may run at once.</summary>
    public int Slots { get; }

    /// <summary>Reads <see cref="SlotsKey"/>; unset means <see cref="DefaultSlots"/>.</summary>
    public static QueryGate From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var text = configuration[SlotsKey];
        if (string.IsNullOrWhiteSpace(text))
        {
            return new QueryGate(DefaultSlots);
        }

        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var slots) || slots < 1)
        {
            throw new InvalidOperationException($"{SlotsKey} '{text}' is not a whole number of queries of at least 1.");
        }

        return new QueryGate(slots);
    }

    /// <summary>Runs <paramref name="query"/> once a slot is free; a caller cancelled while waiting never runs it.</summary>
    public async Task<T> RunAsync<T>(Func<CancellationToken, Task<T>> query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        await _slots.WaitAsync(cancellationToken);
        try
        {
            return await query(cancellationToken);
        }
        finally
        {
            _slots.Release();
        }
    }

    /// <inheritdoc />
    public void Dispose() => _slots.Dispose();
}
