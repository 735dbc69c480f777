using System.Text.Json;
using Dashboard.Core.Casualties;

namespace Dashboard.Cli.Evaluation;

/// <summary>
/// Scores the casualty extractor on a gold set as the casualty-figures contract says: a predicted
/// fact matches a gold fact of the same text when kind, min and max are equal; facts with neither
/// min nor max are ignored on both sides; only killed and wounded are scored.
/// </summary>
internal static class CasualtyEvaluation
{
    private static readonly HashSet<string> Scored = ["killed", "wounded"];

    public sealed record Miss(string Id, string Text, IReadOnlyList<string> Missing, IReadOnlyList<string> Extra);

    public static (CasualtyScore Score, IReadOnlyList<Miss> Misses) Run(string goldFile)
    {
        var extractor = new CasualtyExtractor();
        int matched = 0, predicted = 0, gold = 0;
        var misses = new List<Miss>();
        foreach (var line in File.ReadLines(goldFile).Where(l => !string.IsNullOrWhiteSpace(l)))
        {
            using var record = JsonDocument.Parse(line);
            var root = record.RootElement;
            var text = root.GetProperty("text").GetString() ?? "";
            var expected = root.GetProperty("facts").EnumerateArray()
                .Select(f => Key(f.GetProperty("kind").GetString(), Number(f, "min"), Number(f, "max")))
                .Where(IsScored).ToList();
            var actual = extractor.Extract(text).Select(f => Key(f.Kind, f.Min, f.Max)).Where(IsScored).ToList();
            var unmatched = new List<string>(expected);
            var extra = new List<string>();
            foreach (var fact in actual)
            {
                if (unmatched.Remove(fact))
                {
                    matched++;
                }
                else
                {
                    extra.Add(fact);
                }
            }

            gold += expected.Count;
            predicted += actual.Count;
            if (unmatched.Count > 0 || extra.Count > 0)
            {
                misses.Add(new Miss(root.GetProperty("id").GetString() ?? "", text, unmatched, extra));
            }
        }

        return (new CasualtyScore(matched, predicted, gold), misses);
    }

    private static long? Number(JsonElement fact, string name) =>
        fact.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetInt64() : null;

    private static string Key(string? kind, long? min, long? max) => $"{kind} {min?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-"}..{max?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-"}";

    private static bool IsScored(string key) => Scored.Contains(key[..key.IndexOf(' ', StringComparison.Ordinal)]) && !key.EndsWith(" -..-", StringComparison.Ordinal);
}
