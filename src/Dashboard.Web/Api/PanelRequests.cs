using Dashboard.Data.Queries;

namespace Dashboard.Web.Api;

/// <summary>
/// Reads a panel's parameters and runs its query, once for the JSON API and the CSV exports alike, so
/// both validate the same way and return the same numbers.
/// </summary>
public static class PanelRequests
{
    /// <summary>Articles per period and outlet.</summary>
    public static Task<PanelReply<VolumePoint>> VolumeAsync(HttpRequest request, VolumeQueries volume, CancellationToken cancellationToken) =>
        RunAsync(request, errors => QueryParameters.ReadGranularity(request.Query, errors),
            (filter, granularity) => volume.PerPeriodAsync(filter, granularity, cancellationToken));

    /// <summary>Articles per outlet.</summary>
    public static Task<PanelReply<SourceTotal>> SourcesAsync(HttpRequest request, VolumeQueries volume, CancellationToken cancellationToken) =>
        RunAsync(request, _ => 0, (filter, _) => volume.PerSourceAsync(filter, cancellationToken));

    /// <summary>The most mentioned actors of one kind.</summary>
    public static Task<PanelReply<ActorTotal>> ActorsAsync(HttpRequest request, ActorQueries actors, CancellationToken cancellationToken) =>
        RunAsync(request,
            errors => (Kind: QueryParameters.ReadKind(request.Query, errors), Limit: QueryParameters.ReadInt(request.Query, "limit", 20, 1, 200, errors)),
            (filter, p) => actors.TopAsync(filter, p.Kind, p.Limit, cancellationToken));

    /// <summary>Casualties per period, counted per incident.</summary>
    public static Task<PanelReply<CasualtyPoint>> CasualtiesAsync(HttpRequest request, CasualtyQueries casualties, CancellationToken cancellationToken) =>
        RunAsync(request, errors => QueryParameters.ReadGranularity(request.Query, errors),
            (filter, granularity) => casualties.PerPeriodAsync(filter, granularity, cancellationToken));

    /// <summary>The largest incidents, up to <paramref name="maxLimit"/>.</summary>
    public static Task<PanelReply<IncidentSummary>> IncidentsAsync(HttpRequest request, CasualtyQueries casualties, int defaultLimit, int maxLimit, CancellationToken cancellationToken) =>
        RunAsync(request, errors => QueryParameters.ReadInt(request.Query, "limit", defaultLimit, 1, maxLimit, errors),
            (filter, limit) => casualties.LargestAsync(filter, limit, cancellationToken));

    private static async Task<PanelReply<TRow>> RunAsync<TParameters, TRow>(
        HttpRequest request, Func<Dictionary<string, string[]>, TParameters> readParameters, Func<ArticleFilter, TParameters, Task<IReadOnlyList<TRow>>> query)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (filter, errors) = QueryParameters.ReadFilter(request.Query);
        var parameters = readParameters(errors);
        var rows = errors.Count > 0 ? [] : await query(filter, parameters);
        return new PanelReply<TRow>(filter, rows, errors);
    }
}
