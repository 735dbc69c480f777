using Dashboard.Core.Casualties;

namespace Dashboard.Core.Tests.Casualties;

/// <summary>Runs the extractor and renders the scored part of each fact as "kind min..max" ("-" for null).</summary>
internal static class Extracted
{
    private static readonly CasualtyExtractor Extractor = new();

    public static string[] Facts(string text) =>
        [.. Extractor.Extract(text).Select(f => $"{f.Kind} {f.Min?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-"}..{f.Max?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-"}")];

    public static string[] Scored(string text) => [.. Facts(text).Where(f => !f.EndsWith(" -..-", StringComparison.Ordinal))];
}
