namespace Dashboard.Core.Actors.Tagging;

/// <summary>
/// Trains the tagger as a structured averaged perceptron (Collins 2002): decode each sentence with
/// the current weights, and where the best sequence differs from the gold one, move the weights of
/// the differing features towards gold. Averaging the weights over every step keeps the model
/// stable; the shuffle is seeded so a run is reproducible.
/// </summary>
internal sealed class PerceptronTrainer
{
    private readonly Dictionary<ulong, float[]> _weights = [];
    private readonly Dictionary<ulong, double[]> _totals = [];
    private readonly Dictionary<ulong, int[]> _stamps = [];
    private int _step;

    public TaggerModel Train(IReadOnlyList<(TaggerToken[] Tokens, int[] Tags)> sentences, int iterations, int seed, Action<int, double>? progress = null)
    {
        var order = Enumerable.Range(0, sentences.Count).ToArray();
        var random = new Random(seed);
        var features = sentences.Select(s => FeatureTemplates.Static(s.Tokens)).ToArray();
        for (var iteration = 1; iteration <= iterations; iteration++)
        {
            random.Shuffle(order);
            int correct = 0, total = 0;
            foreach (var index in order)
            {
                _step++;
                var (tokens, gold) = sentences[index];
                var predicted = EntityTagger.Decode(tokens, features[index], f => _weights.GetValueOrDefault(f));
                for (var i = 0; i < tokens.Length; i++)
                {
                    total++;
                    var goldPrevious = i > 0 ? gold[i - 1] : EntityTag.Outside;
                    var guessPrevious = i > 0 ? predicted[i - 1] : EntityTag.Outside;
                    if (predicted[i] == gold[i] && goldPrevious == guessPrevious)
                    {
                        correct++;
                        continue;
                    }

                    if (predicted[i] == gold[i])
                    {
                        correct++;
                    }
                    else
                    {
                        foreach (var feature in features[index][i])
                        {
                            Update(feature, gold[i], 1);
                            Update(feature, predicted[i], -1);
                        }
                    }

                    Update(FeatureTemplates.PreviousTag(goldPrevious), gold[i], 1);
                    Update(FeatureTemplates.PreviousTag(guessPrevious), predicted[i], -1);
                    Update(FeatureTemplates.PreviousTagAndWord(goldPrevious, tokens[i].Normal), gold[i], 1);
                    Update(FeatureTemplates.PreviousTagAndWord(guessPrevious, tokens[i].Normal), predicted[i], -1);
                }
            }

            progress?.Invoke(iteration, (double)correct / total);
        }

        return Averaged();
    }

    private void Update(ulong feature, int tag, float delta)
    {
        if (!_weights.TryGetValue(feature, out var weights))
        {
            weights = new float[EntityTag.All.Length];
            _weights[feature] = weights;
            _totals[feature] = new double[EntityTag.All.Length];
            _stamps[feature] = new int[EntityTag.All.Length];
        }

        var totals = _totals[feature];
        var stamps = _stamps[feature];
        totals[tag] += (double)(_step - stamps[tag]) * weights[tag];
        stamps[tag] = _step;
        weights[tag] += delta;
    }

    private TaggerModel Averaged()
    {
        var averaged = new Dictionary<ulong, float[]>(_weights.Count);
        foreach (var (feature, weights) in _weights)
        {
            var totals = _totals[feature];
            var stamps = _stamps[feature];
            var vector = new float[weights.Length];
            for (var t = 0; t < weights.Length; t++)
            {
                vector[t] = (float)((totals[t] + ((double)(_step - stamps[t]) * weights[t])) / _step);
            }

            averaged[feature] = vector;
        }

        return new TaggerModel(averaged);
    }
}
