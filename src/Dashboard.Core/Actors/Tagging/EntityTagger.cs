namespace Dashboard.Core.Actors.Tagging;

/// <summary>
/// Tags a sentence with the best-scoring BIO sequence (Viterbi over tag pairs) under an
/// averaged-perceptron model; an I- tag only continues an entity of its own type.
/// </summary>
public sealed class EntityTagger(TaggerModel model)
{
    private const int Tags = 9;

    internal IReadOnlyList<int> Tag(IReadOnlyList<TaggerToken> sentence)
    {
        var table = model.Table;
        return Decode(sentence, FeatureTemplates.Static(sentence), table.AddTo);
    }

    // Viterbi with first-order tag features: score[i][tag] from the words, plus transition
    // features that depend on the previous tag (and the word).
    /// <summary>Adds a feature's weights for every tag to the scores.</summary>
    internal delegate void AddWeights(ulong feature, Span<float> scores);

    internal static int[] Decode(IReadOnlyList<TaggerToken> sentence, ulong[][] features, Func<ulong, float[]?> weights) =>
        Decode(sentence, features, (feature, scores) =>
        {
            if (weights(feature) is { } vector)
            {
                for (var t = 0; t < scores.Length; t++)
                {
                    scores[t] += vector[t];
                }
            }
        });

    internal static int[] Decode(IReadOnlyList<TaggerToken> sentence, ulong[][] features, AddWeights weights)
    {
        var n = sentence.Count;
        var best = new float[n * Tags];
        var back = new int[n * Tags];
        var local = new float[Tags];
        Span<float> context = stackalloc float[Tags];
        for (var i = 0; i < n; i++)
        {
            Array.Clear(local);
            foreach (var feature in features[i])
            {
                weights(feature, local);
            }

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

                context.Clear();
                weights(FeatureTemplates.PreviousTag(previous), context);
                weights(FeatureTemplates.PreviousTagAndWord(previous, sentence[i].Normal), context);
                for (var tag = 0; tag < Tags; tag++)
                {
                    if (!EntityTag.MayFollow(tag, previous))
                    {
                        continue;
                    }

                    var score = before + local[tag] + context[tag];
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
