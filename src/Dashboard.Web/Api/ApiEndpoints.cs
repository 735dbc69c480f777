using System.Globalization;
using Dashboard.Data.Queries;

namespace Dashboard.Web.Api;

/// <summary>The read-only JSON API; it runs the same queries as the panels.</summary>
public static class ApiEndpoints
{
    /// <summary>Maps <c>/api/volume</c>, <c>/api/sources</c>, <c>/api/actors</c>, <c>/api/casualties</c> and <c>/api/articles</c>.</summary>
    public static IEndpointRouteBuilder MapDashboardApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api").WithTags("Dashboard").RequireAuthorization(Security.Policies.View);

        api.MapGet("/volume", async (HttpRequest request, VolumeQueries volume, CancellationToken cancellationToken) =>
            (await PanelRequests.VolumeAsync(request, volume, cancellationToken)).Answer(reply =>
                Results.Ok(reply.Rows.Select(p => new { period = p.Period, source = p.Source, articles = p.Articles }))))
            .WithSummary("Articles per period and outlet").WithFilterParameters("granularity");

        api.MapGet("/sources", async (HttpRequest request, VolumeQueries volume, CancellationToken cancellationToken) =>
            (await PanelRequests.SourcesAsync(request, volume, cancellationToken)).Answer(reply =>
                Results.Ok(reply.Rows.Select(t => new { source = t.Source, articles = t.Articles }))))
            .WithSummary("Articles per outlet, most first").WithFilterParameters();

        api.MapGet("/actors", async (HttpRequest request, ActorQueries actors, CancellationToken cancellationToken) =>
            (await PanelRequests.ActorsAsync(request, actors, cancellationToken)).Answer(reply =>
                Results.Ok(reply.Rows.Select(a => new { canonical = a.Canonical, kind = a.Kind, articles = a.Articles, mentions = a.Mentions }))))
            .WithSummary("The most mentioned actors, merged across spellings").WithFilterParameters("kind", "limit");

        api.MapGet("/casualties", async (HttpRequest request, CasualtyQueries casualties, CancellationToken cancellationToken) =>
            (await PanelRequests.CasualtiesAsync(request, casualties, cancellationToken)).Answer(reply =>
                Results.Ok(reply.Rows.Select(p => new
                {
                    period = p.Period,
                    incidents = p.Incidents,
                    reports = p.Reports,
                    killed_min = p.KilledMin,
                    killed_max = p.KilledMax,
                    wounded_min = p.WoundedMin,
                    wounded_max = p.WoundedMax,
                }))))
            .WithSummary("Casualty figures per period, counted once per incident").WithFilterParameters("granularity");

        api.MapGet("/articles", async (HttpRequest request, ArticleQueries articles, CancellationToken cancellationToken) =>
        {
            var (filter, errors) = QueryParameters.ReadFilter(request.Query);
            var page = QueryParameters.ReadInt(request.Query, "page", 1, 1, int.MaxValue, errors);
            var size = QueryParameters.ReadInt(request.Query, "size", 50, 1, ArticleQueries.MaxPageSize, errors);
            if (errors.Count > 0)
            {
                return Results.ValidationProblem(errors);
            }

            var result = await articles.PageAsync(filter, request.Query["q"].ToString(), page, size, cancellationToken);
            return Results.Ok(new
            {
                total = result.Total,
                items = result.Items.Select(a => new
                {
                    id = a.Id,
                    title = a.Title,
                    source = a.Source,
                    published = a.Published.ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture),
                }),
            });
        })
            .WithSummary("Articles newest first, with Arabic full-text search").WithFilterParameters("q", "page", "size");

        return endpoints;
    }
}
