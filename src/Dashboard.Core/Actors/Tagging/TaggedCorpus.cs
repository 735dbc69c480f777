namespace Dashboard.Core.Actors.Tagging;

/// <summary>Reads token-per-line BIO files (ANERcorp's format: <c>token TAB tag</c>, a blank line between sentences).</summary>
public static class TaggedCorpus
{
    /// <summary>The sentences of the file, each a list of (token, tag).</summary>
    public static IReadOnlyList<IReadOnlyList<(string Token, string Tag)>> Read(string path)
    {
        var sentences = new List<IReadOnlyList<(string, string)>>();
        var current = new List<(string, string)>();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                if (current.Count > 0)
                {
                    sentences.Add(current);
                    current = [];
                }

                continue;
            }

            var tab = line.LastIndexOf('\t');
            if (tab <= 0)
            {
                throw new InvalidDataException($"{path}:{lineNumber}: expected 'token<TAB>tag'");
            }

            current.Add((line[..tab], line[(tab + 1)..].Trim()));
        }

        if (current.Count > 0)
        {
            sentences.Add(current);
        }

        return sentences;
    }
}
