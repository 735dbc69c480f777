using System.Globalization;
using Dashboard.Data.Queries;

namespace Dashboard.Web.Api;

/// <summary>
/// Reads the filter parameters the API and the page URLs share: <c>from</c>, <c>to</c> (yyyy-MM-dd,
/// inclusive), <c>source</c> (repeatable) and <c>granularity</c>. Errors name the parameter.
/// </summary>
public static class QueryParameters
{
    /// <summary>The date format of <c>from</c> and <c>to</c>.</summary>
    public const string DateFormat = "yyyy-MM-dd";

    /// <summary>The filter of a query string, or the problems with it by parameter name.</summary>
    public static (ArticleFilter Filter, Dictionary<string, string[]> Errors) ReadFilter(IQueryCollection query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var errors = new Dictionary<string, string[]>();
        var from = ReadDate(query, "from", errors);
        var to = ReadDate(query, "to", errors);
        if (from is { } f && to is { } t && f > t)
        {
            errors["to"] = [$"'to' ({t:yyyy-MM-dd}) is before 'from' ({f:yyyy-MM-dd})."];
        }

        return (new ArticleFilter(from, to, Values(query, "source"), Values(query, "actor")), errors);
    }

    /// <summary>The granularity parameter, day when absent.</summary>
    public static Granularity ReadGranularity(IQueryCollection query, Dictionary<string, string[]> errors)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(errors);
        var text = query["granularity"].ToString();
        if (string.IsNullOrEmpty(text))
        {
            return Granularity.Day;
        }

        if (Enum.TryParse<Granularity>(text, ignoreCase: true, out var granularity) && Enum.IsDefined(granularity))
        {
            return granularity;
        }

        errors["granularity"] = [$"'{text}' is not a granularity: use day, week or month."];
        return Granularity.Day;
    }

    /// <summary>A whole number parameter within bounds, or its default.</summary>
    public static int ReadInt(IQueryCollection query, string name, int defaultValue, int min, int max, Dictionary<string, string[]> errors)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(errors);
        var text = query[name].ToString();
        if (string.IsNullOrEmpty(text))
        {
            return defaultValue;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
        {
            return value;
        }

        errors[name] = [$"'{text}' is not a whole number from {min} to {max}."];
        return defaultValue;
    }

    /// <summary>The actor kind parameter: person, organization or place; null when absent.</summary>
    public static string? ReadKind(IQueryCollection query, Dictionary<string, string[]> errors)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(errors);
        var text = query["kind"].ToString();
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        if (text is "person" or "organization" or "place")
        {
            return text;
        }

        errors["kind"] = [$"'{text}' is not an actor kind: use person, organization or place."];
        return null;
    }

    private static List<string> Values(IQueryCollection query, string name) =>
        [.. query[name].Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s!.Trim()).Distinct()];

    private static DateOnly? ReadDate(IQueryCollection query, string name, Dictionary<string, string[]> errors)
    {
        var text = query[name].ToString();
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        errors[name] = [$"'{text}' is not a date in the form {DateFormat}."];
        return null;
    }
}
