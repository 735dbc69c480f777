using System.Globalization;
using Dashboard.Data.Queries;
using Dashboard.Web.Api;

namespace Dashboard.Web.Export;

/// <summary>
/// Names every download after its panel and range (<c>volume_2017-01-01_2017-01-31.png</c>), so files
/// exported from several ranges for one report do not overwrite each other.
/// </summary>
public static class ExportFileName
{
    /// <summary>The file name of <paramref name="panel"/>'s export under <paramref name="filter"/>.</summary>
    public static string For(string panel, ArticleFilter filter, string extension)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var from = filter.From?.ToString(QueryParameters.DateFormat, CultureInfo.InvariantCulture) ?? "start";
        var to = filter.To?.ToString(QueryParameters.DateFormat, CultureInfo.InvariantCulture) ?? "end";
        return $"{panel}_{from}_{to}.{extension}";
    }
}
