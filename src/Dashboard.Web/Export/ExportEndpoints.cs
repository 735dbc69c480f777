using System.Globalization;
using Dashboard.Data.Queries;
using Dashboard.Web.Api;

namespace Dashboard.Web.Export;

/// <summary>
/// CSV downloads of every home panel under <c>/export/{panel}.csv</c>, taking the API's parameters,
/// so a panel's button and a script get the same numbers the chart plots.
/// </summary>
public static class ExportEndpoints
{
    /// <summary>The incidents a CSV lists at most; the panel shows the ten largest.</summary>
    public const int MaxIncidents = 5_000;

    /// <summary>Maps the CSV and XLSX exports of the volume, sources, actors, casualties and incidents panels.</summary>
    public static IEndpointRouteBuilder MapDashboardExports(this IEndpointRouteBuilder endpoints)
    {
        var export = endpoints.MapGroup("/export").ExcludeFromDescription().RequireAuthorization(Security.Policies.View);
        foreach (var format in Enum.GetValues<ExportFormat>())
        {
            MapPanels(export, format);
        }

        return endpoints;
    }

    private static void MapPanels(RouteGroupBuilder export, ExportFormat format)
    {
        var extension = Extension(format);

        export.MapGet($"/volume.{extension}", async (HttpRequest request, VolumeQueries volume, CancellationToken cancellationToken) =>
            (await PanelRequests.VolumeAsync(request, volume, cancellationToken)).Answer(reply =>
                File("volume", reply.Filter, format, ["period", "source", "articles"], reply.Rows.Select(p => Row(p.Period, p.Source, p.Articles)))));

        export.MapGet($"/sources.{extension}", async (HttpRequest request, VolumeQueries volume, CancellationToken cancellationToken) =>
            (await PanelRequests.SourcesAsync(request, volume, cancellationToken)).Answer(reply =>
                File("sources", reply.Filter, format, ["source", "articles"], reply.Rows.Select(t => Row(t.Source, t.Articles)))));

        export.MapGet($"/actors.{extension}", async (HttpRequest request, ActorQueries actors, CancellationToken cancellationToken) =>
            (await PanelRequests.ActorsAsync(request, actors, cancellationToken)).Answer(reply =>
                File("actors", reply.Filter, format, ["canonical", "kind", "articles", "mentions"],
                    reply.Rows.Select(a => Row(a.Canonical, a.Kind, a.Articles, a.Mentions)))));

        export.MapGet($"/casualties.{extension}", async (HttpRequest request, CasualtyQueries casualties, CancellationToken cancellationToken) =>
            (await PanelRequests.CasualtiesAsync(request, casualties, cancellationToken)).Answer(reply =>
                File("casualties", reply.Filter, format, ["period", "incidents", "reports", "killed_min", "killed_max", "wounded_min", "wounded_max"],
                    reply.Rows.Select(p => Row(p.Period, p.Incidents, p.Reports, p.KilledMin, p.KilledMax, p.WoundedMin, p.WoundedMax)))));

        export.MapGet($"/incidents.{extension}", async (HttpRequest request, CasualtyQueries casualties, CancellationToken cancellationToken) =>
            (await PanelRequests.IncidentsAsync(request, casualties, MaxIncidents, MaxIncidents, cancellationToken)).Answer(reply =>
                File("incidents", reply.Filter, format, ["id", "first_reported", "place", "affiliation", "killed_min", "killed_max", "wounded_min", "wounded_max", "reports", "evidence"],
                    reply.Rows.Select(i => Row(i.Id, i.FirstReported.ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture),
                        i.Place, i.Affiliation, i.KilledLow, i.KilledHigh, i.WoundedLow, i.WoundedHigh, i.Reports, i.Evidence)))));
    }

    /// <summary>The file name extension, and path suffix, of a format.</summary>
    public static string Extension(ExportFormat format) => format.ToString().ToLowerInvariant();

    private static object?[] Row(params object?[] cells) => cells;

    private static TableFileResult File(string panel, ArticleFilter filter, ExportFormat format, string[] header, IEnumerable<object?[]> rows) =>
        new(new ExportTable(header, rows), ExportFileName.For(panel, filter, Extension(format)), format);
}
