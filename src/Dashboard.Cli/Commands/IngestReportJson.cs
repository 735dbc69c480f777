using System.Text.Encodings.Web;
using System.Text.Json;
using Dashboard.Data.Ingest;

namespace Dashboard.Cli.Commands;

/// <summary>The JSON shape of <c>ingest --report</c>.</summary>
internal sealed record IngestReportJson(int Files, int Read, int Added, int Duplicates, int NearDuplicates, int NotModified, IReadOnlyList<RejectedJson> Rejected)
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static IngestReportJson From(IngestReport report) => new(
        report.Files, report.Read, report.Added, report.Duplicates, report.NearDuplicates, report.NotModified,
        [.. report.Rejected.Select(e => new RejectedJson(e.File, e.Line, e.Message))]);
}
