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

    /// <summary>Maps the CSV exports of the volume, sources, actors, casualties and incidents panels.</summary>
    public static IEndpointRouteBuilder MapDashboardExports(this IEndpointRouteBuilder endpoints)
    {
        var export = endpoints.MapGroup("/export");

        export.MapGet("/volume.csv", async (HttpRequest request, VolumeQueries volume, CancellationToken cancellationToken) =>
            (await PanelRequests.VolumeAsync(request, volume, cancellationToken)).Answer(reply =>
                Csv("volume", reply.Filter, ["period", "source", "articles"], reply.Rows.Select(p => Row(p.Period, p.Source, CsvTable.Cell(p.Articles))))));

        export.MapGet("/sources.csv", async (HttpRequest request, VolumeQueries volume, CancellationToken cancellationToken) =>
            (await PanelRequests.SourcesAsync(request, volume, cancellationToken)).Answer(reply =>
                Csv("sources", reply.Filter, ["source", "articles"], reply.Rows.Select(t => Row(t.Source, CsvTable.Cell(t.Articles))))));

        export.MapGet("/actors.csv", async (HttpRequest request, ActorQueries actors, CancellationToken cancellationToken) =>
            (await PanelRequests.ActorsAsync(request, actors, cancellationToken)).Answer(reply =>
                Csv("actors", reply.Filter, ["canonical", "kind", "articles", "mentions"],
                    reply.Rows.Select(a => Row(a.Canonical, a.Kind, CsvTable.Cell(a.Articles), CsvTable.Cell(a.Mentions))))));

        export.MapGet("/casualties.csv", async (HttpRequest request, CasualtyQueries casualties, CancellationToken cancellationToken) =>
            (await PanelRequests.CasualtiesAsync(request, casualties, cancellationToken)).Answer(reply =>
                Csv("casualties", reply.Filter, ["period", "incidents", "reports", "killed_min", "killed_max", "wounded_min", "wounded_max"],
                    reply.Rows.Select(p => Row(p.Period, CsvTable.Cell(p.Incidents), CsvTable.Cell(p.Reports), CsvTable.Cell(p.KilledMin),
                        CsvTable.Cell(p.KilledMax), CsvTable.Cell(p.WoundedMin), CsvTable.Cell(p.WoundedMax))))));

        export.MapGet("/incidents.csv", async (HttpRequest request, CasualtyQueries casualties, CancellationToken cancellationToken) =>
            (await PanelRequests.IncidentsAsync(request, casualties, MaxIncidents, MaxIncidents, cancellationToken)).Answer(reply =>
                Csv("incidents", reply.Filter, ["id", "first_reported", "place", "affiliation", "killed_min", "killed_max", "wounded_min", "wounded_max", "reports", "evidence"],
                    reply.Rows.Select(i => Row(CsvTable.Cell(i.Id), i.FirstReported.ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture),
                        i.Place ?? "", i.Affiliation ?? "", CsvTable.Cell(i.KilledLow), CsvTable.Cell(i.KilledHigh), CsvTable.Cell(i.WoundedLow),
                        CsvTable.Cell(i.WoundedHigh), CsvTable.Cell(i.Reports), i.Evidence ?? "")))));

        return endpoints;
    }

    private static string[] Row(params string[] cells) => cells;

    private static CsvFileResult Csv(string panel, ArticleFilter filter, string[] header, IEnumerable<string[]> rows) =>
        new(new CsvTable(header, rows), ExportFileName.For(panel, filter, "csv"));
}
