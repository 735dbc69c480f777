using Dashboard.Core.Text;

namespace Dashboard.Core.Actors.Tagging;

/// <summary>Given names common in Arabic news (the data file <c>given-names.txt</c>), normalised.</summary>
internal static class GivenNames
{
    public static readonly HashSet<string> Names = Load();

    private static HashSet<string> Load()
    {
        using var stream = typeof(GivenNames).Assembly.GetManifestResourceStream("gazetteer.given-names.txt")
            ?? throw new InvalidOperationException("given-names.txt is not embedded");
        using var reader = new StreamReader(stream);
        var names = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && line[0] != '#')
            {
                names.UnionWith(line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(ArabicNormalizer.Normalize));
            }
        }

        return names;
    }
}
