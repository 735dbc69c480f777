namespace Dashboard.Core.Actors.Tagging;

/// <summary>
/// Tags a sentence with the best-scoring BIO sequence (Viterbi over tag pairs) under an
/// averaged-perceptron model; an I- tag only continues an entity of its own type.
/// </summary>
public sealed class EntityTagger(TaggerModel model)
{
    private const int Tags = 9;

    internal IReadOnlyList<int> Tag(IReadOnlyList<TaggerToken> sentence) => Decode(sentence, Score);

    // Viterbi with first-order tag features: score[i][tag] from the words, plus transition
    // features that depend on the previous tag (and the word).
    internal static int[] Decode(IReadOnlyList<TaggerToken> sentence, Func<ulong, float[]?> weights) =>
        Decode(sentence, FeatureTemplates.Static(sentence), weights);

    internal static int[] Decode(IReadOnlyList<TaggerToken> sentence, ulong[][] features, Func<ulong, float[]?> weights)
    {
        var n = sentence.Count;
        var best = new float[n, Tags];
        var back = new int[n, Tags];
        var local = new float[Tags];
        for (var i = 0; i < n; i++)
        {
            Array.Clear(local);
            foreach (var feature in features[i])
            {
                AddTo(local, weights(feature));
            }

            for (var tag = 0; tag < Tags; tag++)
            {
                best[i, tag] = float.NegativeInfinity;
            }

            var previousTags = i == 0 ? 1 : Tags;
            for (var previous = 0; previous < previousTags; previous++)
            {
                var before = i == 0 ? 0 : best[i - 1, previous];
                if (float.IsNegativeInfinity(before))
                {
                    continue;
                }

                var transition = weights(FeatureTemplates.PreviousTag(previous));
                var lexical = weights(FeatureTemplates.PreviousTagAndWord(previous, sentence[i].Normal));
                for (var tag = 0; tag < Tags; tag++)
                {
                    if (!EntityTag.MayFollow(tag, previous))
                    {
                        continue;
                    }

                    var score = before + local[tag] + (transition?[tag] ?? 0) + (lexical?[tag] ?? 0);
                    if (score > best[i, tag])
                    {
                        best[i, tag] = score;
                        back[i, tag] = previous;
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
            if (best[n - 1, tag] > best[n - 1, last])
            {
                last = tag;
            }
        }

        for (var i = n - 1; i >= 0; i--)
        {
            tags[i] = last;
            last = back[i, last];
        }

        return tags;
    }

    private float[]? Score(ulong feature) => model.Weights.GetValueOrDefault(feature);

    private static void AddTo(float[] scores, float[]? weights)
    {
        if (weights is null)
        {
            return;
        }

        for (var t = 0; t < scores.Length; t++)
        {
            scores[t] += weights[t];
        }
    }
}
