namespace Dashboard.Core.Actors.Tagging;

/// <summary>
/// The summed weights of a word's own features and of its tag transitions, kept per word form. News
/// repeats its vocabulary, so most tokens are found here and skip 23 of their 44 table lookups (the
/// lookups are the bulk of extraction time). Bounded, and emptied when full, so a long ingest of
/// varied text never grows it without end. Each thread keeps its own: one shared concurrent
/// dictionary spent more time spinning on its locks (while another thread grew or emptied it) than
/// the cache saved, in a trace of two analysis threads over SaudiNewsNet.
/// </summary>
internal sealed class WordScoreCache(FeatureTable table)
{
    private const int Tags = 9;

    // About 360 bytes per word: 20,000 words is about 7 MB per analysing thread and covers most
    // tokens of news (its vocabulary is heavy-headed; a word not kept is only scored the long way).
    private const int Capacity = 20_000;

    private readonly ThreadLocal<Dictionary<string, (string Shape, float[] Scores)>> _scores =
        new(() => new Dictionary<string, (string Shape, float[] Scores)>(Capacity, StringComparer.Ordinal));

    /// <summary>Nine word scores, then nine times nine transition scores (previous tag × tag).</summary>
    public float[] Of(FeatureTemplates.Word word)
    {
        // Keyed by the normal form alone; a form seen in another shape (digits, Latin letters) is scored without the cache.
        var scoresOf = _scores.Value!;
        if (scoresOf.TryGetValue(word.Normal, out var cached) && ReferenceEquals(cached.Shape, word.Shape))
        {
            return cached.Scores;
        }

        var scores = new float[Tags + (Tags * Tags)];
        foreach (var feature in FeatureTemplates.OfWord(word))
        {
            table.AddTo(feature, scores.AsSpan(0, Tags));
        }

        EntityTagger.TransitionScores(word.Normal, table.AddTo, scores.AsSpan(Tags));
        if (scoresOf.Count >= Capacity)
        {
            // Clear keeps the table's size, so refilling it allocates nothing but the scores.
            scoresOf.Clear();
        }

        scoresOf[word.Normal] = (word.Shape, scores);
        return scores;
    }
}
