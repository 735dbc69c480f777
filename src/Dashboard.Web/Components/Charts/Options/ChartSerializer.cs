using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Dashboard.Web.Components.Charts.Options;

/// <summary>
/// Serialises options and series the way apexcharts reads them: camelCase, nulls left out so the
/// library's defaults apply. One cached <see cref="JsonSerializerOptions"/> for every chart.
/// </summary>
public static class ChartSerializer
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The options as JSON, with the series inside when given.</summary>
    public static string Serialize(ApexChartOptions options, IReadOnlyList<ChartSeries>? series)
    {
        var node = JsonSerializer.SerializeToNode(options, Options)!.AsObject();
        if (series is not null)
        {
            node["series"] = JsonSerializer.SerializeToNode(series, Options);
        }

        return node.ToJsonString(Options);
    }

    /// <summary>The series alone as JSON, for a series update.</summary>
    public static string Serialize(IReadOnlyList<ChartSeries> series) => JsonSerializer.Serialize(series, Options);
}
