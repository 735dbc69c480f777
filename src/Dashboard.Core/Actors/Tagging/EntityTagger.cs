namespace Dashboard.Core.Actors.Tagging;

/// <summary>
/// Tags a sentence with the best-scoring BIO sequence (Viterbi over tag pairs) under an
/// averaged-perceptron model; an I- tag only continues an entity of its own type.
/// </summary>
public sealed class EntityTagger(TaggerModel model)
{
    private const int Tags = 9;

    private readonly WordScoreCache _words = new(model.Table);

    internal IReadOnlyList<int> Tag(IReadOnlyList<TaggerToken> sentence)
    {
        var table = model.Table;
        var words = FeatureTemplates.Padded(sentence);
        var n = sentence.Count;
        var local = new float[n * Tags];
        var transitions = new float[n * Tags * Tags];
        for (var i = 0; i < n; i++)
        {
            // The word's own features and its tag transitions come from the cache; only the
            // features of its neighbours are looked up for each occurrence.
            var cached = _words.Of(words[i + 2]);
            var scores = local.AsSpan(i * Tags, Tags);
            cached.AsSpan(0, Tags).CopyTo(scores);
            cached.AsSpan(Tags).CopyTo(transitions.AsSpan(i * Tags * Tags, Tags * Tags));
            foreach (var feature in FeatureTemplates.OfContext(words, i + 2))
            {
                table.AddTo(feature, scores);
            }
        }

        return Viterbi(n, local, transitions);
    }

    /// <summary>Adds a feature's weights for every tag to the scores.</summary>
    internal delegate void AddWeights(ulong feature, Span<float> scores);

    /// <summary>Decodes with weights that are still changing (training): every feature is looked up through <paramref name="weights"/>.</summary>
    internal static int[] Decode(IReadOnlyList<TaggerToken> sentence, ulong[][] features, Func<ulong, float[]?> weights)
    {
        AddWeights add = (feature, scores) =>
        {
            if (weights(feature) is { } vector)
            {
                for (var t = 0; t < scores.Length; t++)
                {
                    scores[t] += vector[t];
                }
            }
        };
        var n = sentence.Count;
        var local = new float[n * Tags];
        var transitions = new float[n * Tags * Tags];
        for (var i = 0; i < n; i++)
        {
            foreach (var feature in features[i])
            {
                add(feature, local.AsSpan(i * Tags, Tags));
            }

            TransitionScores(sentence[i].Normal, add, transitions.AsSpan(i * Tags * Tags, Tags * Tags));
        }

        return Viterbi(n, local, transitions);
    }

    /// <summary>For every previous tag, the weights of the tag-pair features (the previous tag, and the previous tag with this word).</summary>
    internal static void TransitionScores(string normal, AddWeights add, Span<float> scores)
    {
        for (var previous = 0; previous < Tags; previous++)
        {
            var row = scores.Slice(previous * Tags, Tags);
            add(FeatureTemplates.PreviousTag(previous), row);
            add(FeatureTemplates.PreviousTagAndWord(previous, normal), row);
        }
    }

    // Viterbi with first-order tag features: local[i][tag] from the words, plus
    // transitions[i][previous][tag] that depend on the previous tag (and the word).
    private static int[] Viterbi(int n, float[] local, float[] transitions)
    {
        var best = new float[n * Tags];
        var back = new int[n * Tags];
        for (var i = 0; i < n; i++)
        {
            for (var tag = 0; tag < Tags; tag++)
            {
                best[(i * Tags) + tag] = float.NegativeInfinity;
            }

            var previousTags = i == 0 ? 1 : Tags;
            for (var previous = 0; previous < previousTags; previous++)
            {
                var before = i == 0 ? 0 : best[((i - 1) * Tags) + previous];
                if (float.IsNegativeInfinity(before))
                {
                    continue;
                }

                var context = (i * Tags * Tags) + (previous * Tags);
                for (var tag = 0; tag < Tags; tag++)
                {
                    if (!EntityTag.MayFollow(tag, previous))
                    {
                        continue;
                    }

                    var score = before + local[(i * Tags) + tag] + transitions[context + tag];
                    if (score > best[(i * Tags) + tag])
                    {
                        best[(i * Tags) + tag] = score;
                        back[(i * Tags) + tag] = previous;
                    }
                }
            }
        }

        var tags = new int[n];
        if (n == 0)
        {
            return tags;
        }

        var last = 0;
        for (var tag = 1; tag < Tags; tag++)
        {
            if (best[((n - 1) * Tags) + tag] > best[((n - 1) * Tags) + last])
            {
                last = tag;
            }
        }

        for (var i = n - 1; i >= 0; i--)
        {
            tags[i] = last;
            last = back[(i * Tags) + last];
        }

        return tags;
    }
}
