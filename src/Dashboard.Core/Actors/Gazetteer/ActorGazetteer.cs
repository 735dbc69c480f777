using System.Reflection;
using Dashboard.Core.Extraction;
using Dashboard.Core.Text;

namespace Dashboard.Core.Actors.Gazetteer;

/// <summary>
/// The actors the project knows by name, read from the data files under <c>Actors/Gazetteer/Data</c>
/// (one file per kind, a canonical name and its spellings per line), and a longest-match search
/// for their spellings in normalised tokens.
/// </summary>
public sealed class ActorGazetteer
{
    private static readonly Lazy<ActorGazetteer> Shipped = new(LoadShipped);

    // Spellings indexed by their first normalised token, longest first.
    private readonly Dictionary<string, List<(string[] Tokens, GazetteerEntry Entry)>> _byFirstToken = new(StringComparer.Ordinal);
    private readonly Dictionary<string, GazetteerEntry> _byNormalName = new(StringComparer.Ordinal);

    /// <summary>A gazetteer over the given entries.</summary>
    public ActorGazetteer(IEnumerable<GazetteerEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        foreach (var entry in entries)
        {
            Entries.Add(entry);
            // The canonical name is a spelling only where a data file gives no spellings: "مالي" names
            // the country Mali but is also the word "financial", so its line lists safer spellings.
            foreach (var spelling in entry.Spellings.Count > 0 ? entry.Spellings : [entry.Canonical])
            {
                var tokens = ArabicTokenizer.Tokenize(spelling).Select(t => t.Normal).ToArray();
                if (tokens.Length == 0)
                {
                    continue;
                }

                var key = string.Join(' ', tokens);
                if (_byNormalName.TryAdd(key, entry))
                {
                    if (!_byFirstToken.TryGetValue(tokens[0], out var list))
                    {
                        list = [];
                        _byFirstToken[tokens[0]] = list;
                    }

                    list.Add((tokens, entry));
                }
            }
        }

        foreach (var list in _byFirstToken.Values)
        {
            list.Sort((a, b) => b.Tokens.Length.CompareTo(a.Tokens.Length));
        }
    }

    /// <summary>The gazetteer that ships with the project.</summary>
    public static ActorGazetteer Default => Shipped.Value;

    /// <summary>Every entry.</summary>
    public List<GazetteerEntry> Entries { get; } = [];

    /// <summary>Canonical names of countries and regions: places too wide to tell one event from another.</summary>
    public HashSet<string> Regions { get; } = new(StringComparer.Ordinal);

    /// <summary>How many distinct spellings are indexed.</summary>
    public int SpellingCount => _byNormalName.Count;

    /// <summary>The entry a whole normalised name (tokens joined by one space) spells, or null.</summary>
    public GazetteerEntry? Lookup(string normalName) => _byNormalName.GetValueOrDefault(normalName);

    /// <summary>Non-overlapping spellings in the tokens, the longest at each position, left to right.</summary>
    public IReadOnlyList<GazetteerMatch> Find(IReadOnlyList<string> normals)
    {
        ArgumentNullException.ThrowIfNull(normals);
        var matches = new List<GazetteerMatch>();
        for (var i = 0; i < normals.Count;)
        {
            var match = LongestAt(normals, i);
            if (match is null)
            {
                i++;
                continue;
            }

            matches.Add(match);
            i = match.End;
        }

        return matches;
    }

    private GazetteerMatch? LongestAt(IReadOnlyList<string> normals, int i)
    {
        GazetteerMatch? best = null;
        foreach (var (first, clitic) in FirstTokenForms(normals[i]))
        {
            if (!_byFirstToken.TryGetValue(first, out var candidates))
            {
                continue;
            }

            foreach (var (tokens, entry) in candidates)
            {
                if (i + tokens.Length > normals.Count || (best is not null && tokens.Length <= best.End - best.First))
                {
                    continue;
                }

                var all = true;
                for (var k = 1; k < tokens.Length && all; k++)
                {
                    all = normals[i + k] == tokens[k];
                }

                if (all)
                {
                    var strong = !entry.Descriptive && (tokens.Length > 1 || entry.Kind != ActorKind.Person);
                    best = new GazetteerMatch(i, i + tokens.Length, entry, strong, clitic);
                    break;
                }
            }
        }

        return best;
    }

    // The token as written, then without a proclitic: "والعراق" → "العراق", "للعراق" → "العراق", "بسوريا" → "سوريا".
    private static IEnumerable<(string Form, int CliticLength)> FirstTokenForms(string normal)
    {
        yield return (normal, 0);
        foreach (var stem in Clitics.Stems(normal).Skip(1))
        {
            var clitic = normal.Length - stem.Length;
            yield return (stem, clitic);
            if (normal.StartsWith("لل", StringComparison.Ordinal) && stem.Length == normal.Length - 2)
            {
                yield return ("ال" + stem, 0); // the article's alef is gone: the mention keeps the whole word
            }
        }
    }

    private static ActorGazetteer LoadShipped()
    {
        var assembly = typeof(ActorGazetteer).Assembly;
        var entries = new List<GazetteerEntry>();
        var regions = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (resource, kind) in new[] { ("countries.tsv", ActorKind.Place), ("cities.tsv", ActorKind.Place), ("organizations.tsv", ActorKind.Organization), ("people.tsv", ActorKind.Person) })
        {
            using var stream = assembly.GetManifestResourceStream($"gazetteer.{resource}")
                ?? throw new InvalidOperationException($"gazetteer data file {resource} is not embedded in {assembly.GetName().Name}");
            using var reader = new StreamReader(stream);
            entries.AddRange(Parse(reader, kind));
            if (resource == "countries.tsv")
            {
                regions.UnionWith(entries.Select(e => e.Canonical));
            }
        }

        using (var demonyms = assembly.GetManifestResourceStream("gazetteer.demonyms.tsv") ?? throw new InvalidOperationException("demonyms.tsv is not embedded"))
        using (var reader = new StreamReader(demonyms))
        {
            entries.AddRange(StateBodies.From(reader));
        }

        var gazetteer = new ActorGazetteer(entries);
        gazetteer.Regions.UnionWith(regions);
        return gazetteer;
    }

    /// <summary>Reads a data file: comment lines start with #, then "canonical TAB spelling|spelling|…".</summary>
    public static IEnumerable<GazetteerEntry> Parse(TextReader reader, ActorKind kind)
    {
        ArgumentNullException.ThrowIfNull(reader);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var columns = line.Split('\t');
            var spellings = columns.Length > 1 ? columns[1].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : [];
            var canonical = columns[0].Trim();
            yield return new GazetteerEntry(kind, canonical, spellings, GazetteerEntry.IsDescription(canonical));
        }
    }
}
