using Dashboard.Core.Text;

namespace Dashboard.Core.Ingest;

/// <summary>
/// The key an outlet's name is known by: the normalised name ("رأي اليوم" and "راي اليوم" are one),
/// or a bare host name for web addresses ("https://www.raialyoum.com/x" → "raialyoum.com").
/// </summary>
public static class SourceKey
{
    /// <summary>The key of an outlet name or address.</summary>
    public static string Of(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var trimmed = name.Trim();
        if (HostOf(trimmed) is { } host)
        {
            return host;
        }

        return ArabicNormalizer.Normalize(trimmed);
    }

    /// <summary>The host of a web address or a bare domain, without "www.", or null when it is neither.</summary>
    public static string? HostOf(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var candidate = text.Contains("://", StringComparison.Ordinal) ? text : text.Contains('.', StringComparison.Ordinal) && !text.Contains(' ', StringComparison.Ordinal) ? "http://" + text : null;
        return candidate is not null && Uri.TryCreate(candidate, UriKind.Absolute, out var uri) && uri.Host.Contains('.', StringComparison.Ordinal)
            ? uri.Host.ToLowerInvariant().TrimStart('.').Replace("www.", "", StringComparison.Ordinal)
            : null;
    }
}
