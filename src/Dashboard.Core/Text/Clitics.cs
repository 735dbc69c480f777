namespace Dashboard.Core.Text;

/// <summary>
/// The proclitics Arabic writes onto a word (و ف ب ك ل ال لل وال بال فال كال …): a normalised word
/// and the stems it may be once they are split off, longest prefix last.
/// </summary>
public static class Clitics
{
    private static readonly string[] Prefixes =
    [
        "وبال", "وكال", "فبال", "وال", "بال", "فال", "كال", "ولل", "فلل", "لل", "ال",
        "وب", "ول", "وك", "فب", "فل", "و", "ف", "ب", "ل", "ك",
    ];

    /// <summary>The word itself, then each stem left after removing a known prefix (at least two letters remain).</summary>
    public static IEnumerable<string> Stems(string normal)
    {
        ArgumentNullException.ThrowIfNull(normal);
        yield return normal;
        foreach (var prefix in Prefixes)
        {
            if (normal.Length - prefix.Length >= 2 && normal.StartsWith(prefix, StringComparison.Ordinal))
            {
                yield return normal[prefix.Length..];
            }
        }
    }
}
