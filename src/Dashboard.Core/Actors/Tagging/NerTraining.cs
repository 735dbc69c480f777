using Dashboard.Core.Actors.Gazetteer;
using Dashboard.Core.Actors;
using Dashboard.Core.Text;

namespace Dashboard.Core.Actors.Tagging;

/// <summary>Training and scoring the entity tagger on BIO-tagged corpora.</summary>
public static class NerTraining
{
    /// <summary>The entity types that are scored; MISC is trained but not scored.</summary>
    public static readonly string[] ScoredTypes = ["PERS", "ORG", "LOC"];

    /// <summary>Trains a model; <paramref name="progress"/> hears each pass and its token accuracy.</summary>
    public static TaggerModel Train(IReadOnlyList<IReadOnlyList<(string Token, string Tag)>> sentences, int iterations, int seed, ActorGazetteer gazetteer, Action<int, double>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var prepared = sentences
            .Select(s => (TaggerInput.From([.. s.Select(t => t.Token)], gazetteer), s.Select(t => EntityTag.IndexOf(t.Tag)).ToArray()))
            .ToList();
        return new PerceptronTrainer().Train(prepared, iterations, seed, progress);
    }

    /// <summary>Entity-level precision, recall and F1 of the tagger alone, per scored type and micro-averaged over them (the last row).</summary>
    public static IReadOnlyList<EntityScore> Evaluate(IReadOnlyList<IReadOnlyList<(string Token, string Tag)>> sentences, TaggerModel model, ActorGazetteer gazetteer, TextWriter? dump = null)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var tagger = new EntityTagger(model);
        return Score(sentences, sentence =>
        {
            var tokens = TaggerInput.From([.. sentence.Select(t => t.Token)], gazetteer);
            var tags = tagger.Tag(tokens).Select(t => EntityTag.All[t]).ToList();
            if (dump is not null)
            {
                for (var i = 0; i < sentence.Count; i++)
                {
                    dump.WriteLine($"{sentence[i].Token}\t{sentence[i].Tag}\t{tags[i]}\t{tokens[i].Gazetteer}");
                }

                dump.WriteLine();
            }

            return Spans(tags);
        }, null);
    }

    /// <summary>
    /// Entity-level scores of the whole actor extractor (tagger merged with the gazetteer), per scored
    /// type and micro-averaged (the last row); <paramref name="errors"/> hears every extra and missed entity.
    /// </summary>
    public static IReadOnlyList<EntityScore> EvaluateExtractor(IReadOnlyList<IReadOnlyList<(string Token, string Tag)>> sentences, ActorExtractor extractor, TextWriter? errors = null)
    {
        ArgumentNullException.ThrowIfNull(extractor);
        return Score(sentences, sentence =>
        {
            var texts = sentence.Select(t => t.Token).ToList();
            return [.. extractor.Spans(texts, [.. texts.Select(ArabicNormalizer.Normalize)]).Select(s => (TaggerInput.TypeOf(s.Kind), s.First, s.End))];
        }, errors);
    }

    private static List<EntityScore> Score(
        IReadOnlyList<IReadOnlyList<(string Token, string Tag)>> sentences,
        Func<IReadOnlyList<(string Token, string Tag)>, IReadOnlyList<(string Type, int First, int End)>> predict,
        TextWriter? errors)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var counts = ScoredTypes.ToDictionary(t => t, _ => (Matched: 0, Predicted: 0, Gold: 0));
        foreach (var sentence in sentences)
        {
            var predicted = predict(sentence);
            var gold = Spans([.. sentence.Select(t => t.Tag)]);
            foreach (var type in ScoredTypes)
            {
                var p = predicted.Where(s => s.Type == type).ToHashSet();
                var g = gold.Where(s => s.Type == type).ToHashSet();
                var c = counts[type];
                counts[type] = (c.Matched + p.Intersect(g).Count(), c.Predicted + p.Count, c.Gold + g.Count);
                foreach (var (kind, first, end) in p.Except(g))
                {
                    errors?.WriteLine($"extra\t{kind}\t{string.Join(' ', sentence.Skip(first).Take(end - first).Select(t => t.Token))}");
                }

                foreach (var (kind, first, end) in g.Except(p))
                {
                    errors?.WriteLine($"missed\t{kind}\t{string.Join(' ', sentence.Skip(first).Take(end - first).Select(t => t.Token))}");
                }
            }
        }

        var rows = ScoredTypes.Select(t => new EntityScore(t, counts[t].Matched, counts[t].Predicted, counts[t].Gold)).ToList();
        rows.Add(new EntityScore("all", rows.Sum(r => r.Matched), rows.Sum(r => r.Predicted), rows.Sum(r => r.Gold)));
        return rows;
    }

    /// <summary>The entity spans of a BIO tag sequence; an I- without its B- starts an entity, as conlleval reads it.</summary>
    public static IReadOnlyList<(string Type, int First, int End)> Spans(IReadOnlyList<string> tags)
    {
        ArgumentNullException.ThrowIfNull(tags);
        var spans = new List<(string, int, int)>();
        for (var i = 0; i < tags.Count;)
        {
            if (tags[i] == "O" || tags[i].Length < 3)
            {
                i++;
                continue;
            }

            var type = tags[i][2..];
            var end = i + 1;
            while (end < tags.Count && tags[end] == "I-" + type)
            {
                end++;
            }

            spans.Add((type, i, end));
            i = end;
        }

        return spans;
    }
}
