using System.Collections.Concurrent;

namespace Dashboard.Core.Actors.Tagging;

/// <summary>
/// The summed weights of a word's own features and of its tag transitions, kept per word form. News
/// repeats its vocabulary, so most tokens are found here and skip 23 of their 44 table lookups (the
/// lookups are the bulk of extraction time). Shared by every thread; bounded, and emptied when
/// full, so a long ingest of varied text never grows it without end.
/// </summary>
internal sealed class WordScoreCache(FeatureTable table)
{
    private const int Tags = 9;

    // About 360 bytes per word: 50,000 words is under 20 MB and covers most tokens of news.
    private const int Capacity = 50_000;

    private readonly ConcurrentDictionary<string, (string Shape, float[] Scores)> _scores = new(StringComparer.Ordinal);

    // ConcurrentDictionary.Count takes every lock; an approximate count of additions is enough to bound it.
    private int _added;

    /// <summary>Nine word scores, then nine times nine transition scores (previous tag × tag).</summary>
    public float[] Of(FeatureTemplates.Word word)
    {
        // Keyed by the normal form alone; a form seen in another shape (digits, Latin letters) is scored without the cache.
        if (_scores.TryGetValue(word.Normal, out var cached) && ReferenceEquals(cached.Shape, word.Shape))
        {
            return cached.Scores;
        }

        var scores = new float[Tags + (Tags * Tags)];
        foreach (var feature in FeatureTemplates.OfWord(word))
        {
            table.AddTo(feature, scores.AsSpan(0, Tags));
        }

        EntityTagger.TransitionScores(word.Normal, table.AddTo, scores.AsSpan(Tags));
        if (Interlocked.Increment(ref _added) > Capacity)
        {
            _scores.Clear();
            Interlocked.Exchange(ref _added, 0);
        }

        _scores.TryAdd(word.Normal, (word.Shape, scores));
        return scores;
    }
}
