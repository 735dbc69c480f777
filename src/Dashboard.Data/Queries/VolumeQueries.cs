using Dapper;
using Dashboard.Data.Dialects;

namespace Dashboard.Data.Queries;

/// <summary>Article volume: per period and outlet for the time chart, per outlet for the totals.</summary>
public sealed class VolumeQueries(ISqlDialect dialect, QueryCache? cache = null)
{
    private readonly QueryCache _cache = cache ?? QueryCache.None;

    /// <summary>Articles per period and outlet, oldest period first.</summary>
    public Task<IReadOnlyList<VolumePoint>> PerPeriodAsync(ArticleFilter filter, Granularity granularity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return _cache.GetAsync($"volume|{granularity}|{filter.Key}", token => QueryPerPeriodAsync(filter, granularity, token), r => r.Count, cancellationToken);
    }

    private async Task<IReadOnlyList<VolumePoint>> QueryPerPeriodAsync(ArticleFilter filter, Granularity granularity, CancellationToken cancellationToken)
    {
        var parameters = new DynamicParameters();
        var source = CountSource.ForArticles(filter, dialect, parameters, granularity);
        var where = FilterSql.Where(filter, dialect, parameters, source.Time);
        var period = dialect.PeriodStart(granularity, source.Time);
        await using var connection = await dialect.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<VolumeRow>(new CommandDefinition(
            $"""
            SELECT {period} AS Period, s.name AS Source, {source.Articles} AS Articles
            FROM {source.From}
            {where}
            GROUP BY {period}, s.name
            ORDER BY Period, Source
            """,
            parameters, cancellationToken: cancellationToken));
        return [.. rows.Select(r => new VolumePoint(r.Period, r.Source, r.Articles))];
    }

    /// <summary>Articles per outlet, most first.</summary>
    public Task<IReadOnlyList<SourceTotal>> PerSourceAsync(ArticleFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return _cache.GetAsync($"sources|{filter.Key}", token => QueryPerSourceAsync(filter, token), r => r.Count, cancellationToken);
    }

    private async Task<IReadOnlyList<SourceTotal>> QueryPerSourceAsync(ArticleFilter filter, CancellationToken cancellationToken)
    {
        var parameters = new DynamicParameters();
        var source = CountSource.ForArticles(filter, dialect, parameters, period: null);
        var where = FilterSql.Where(filter, dialect, parameters, source.Time);
        await using var connection = await dialect.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<SourceRow>(new CommandDefinition(
            $"""
            SELECT s.name AS Source, {source.Articles} AS Articles
            FROM {source.From}
            {where}
            GROUP BY s.name
            ORDER BY Articles DESC, Source
            """,
            parameters, cancellationToken: cancellationToken));
        return [.. rows.Select(r => new SourceTotal(r.Source, r.Articles))];
    }

    // Dapper fills classes by property; a positional record cannot be built from an empty SQLite
    // result, whose columns have no declared type.
    private sealed class VolumeRow
    {
        public string Period { get; init; } = "";
        public string Source { get; init; } = "";
        public long Articles { get; init; }
    }

    private sealed class SourceRow
    {
        public string Source { get; init; } = "";
        public long Articles { get; init; }
    }
}
