using System.Globalization;
using Dashboard.Data.Queries;
using Dashboard.Web.Api;
using Dashboard.Web.Export;
using Microsoft.AspNetCore.Components;

namespace Dashboard.Web.Components.Panels;

/// <summary>The CSV and XLSX download buttons of one panel.</summary>
public sealed partial class DataExportButtons : ComponentBase
{
    /// <summary>The export's name under <c>/export/</c>: volume, sources, actors, casualties or incidents.</summary>
    [Parameter, EditorRequired]
    public string Panel { get; set; } = "";

    /// <summary>The panel's filter.</summary>
    [Parameter, EditorRequired]
    public ArticleFilter Filter { get; set; } = default!;

    /// <summary>The period length, for panels over time.</summary>
    [Parameter]
    public Granularity? Granularity { get; set; }

    /// <summary>Further parameters, such as the actor kind.</summary>
    [Parameter]
    public IReadOnlyDictionary<string, string>? Extra { get; set; }

    /// <summary>Off while the panel has nothing to export.</summary>
    [Parameter]
    public bool Disabled { get; set; }

    private string Url(ExportFormat format) => ExportUrl(Panel, Filter, Granularity, Extra, format);

    /// <summary>The export address of a panel with the API's parameter names.</summary>
    public static string ExportUrl(string panel, ArticleFilter filter, Granularity? granularity = null, IReadOnlyDictionary<string, string>? extra = null, ExportFormat format = ExportFormat.Csv)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var query = new List<KeyValuePair<string, string>>();
        if (filter.From is { } from)
        {
            query.Add(new("from", from.ToString(QueryParameters.DateFormat, CultureInfo.InvariantCulture)));
        }

        if (filter.To is { } to)
        {
            query.Add(new("to", to.ToString(QueryParameters.DateFormat, CultureInfo.InvariantCulture)));
        }

        query.AddRange((filter.Sources ?? []).Select(s => new KeyValuePair<string, string>("source", s)));
        query.AddRange((filter.Actors ?? []).Select(a => new KeyValuePair<string, string>("actor", a)));
        if (granularity is { } g)
        {
            query.Add(new("granularity", g.ToString().ToLowerInvariant()));
        }

        query.AddRange(extra ?? new Dictionary<string, string>());
        var text = string.Join('&', query.Select(p => $"{p.Key}={Uri.EscapeDataString(p.Value)}"));
        return $"export/{panel}.{ExportEndpoints.Extension(format)}" + (text.Length == 0 ? "" : "?" + text);
    }
}
