using Dashboard.Core.Articles;

namespace Dashboard.Core.Demo;

/// <summary>
/// Writes a realistic, deterministic Arabic news corpus: several outlets of different sizes over a
/// span of days, actors spelled the ways outlets spell them, casualty figures in their usual
/// phrasings, and stories syndicated to several outlets with small edits.
/// </summary>
public sealed class DemoCorpusGenerator(DemoCorpusOptions options)
{
    /// <summary>The articles, oldest story first; the same options always give the same articles.</summary>
    public IEnumerable<Article> Generate()
    {
        var random = new Random(options.Seed);
        var writer = new DemoStoryWriter(random);
        var outlets = DemoVocabulary.Outlets;
        var totalWeight = outlets.Sum(o => o.Weight);
        var firstDay = options.LastDay.AddDays(1 - options.Days);
        var written = 0;
        var storyNumber = 0;
        while (written < options.Articles)
        {
            storyNumber++;
            var story = writer.Write();
            var day = firstDay.AddDays(random.Next(options.Days));
            var copies = random.Next(10) < 6 ? 1 : random.Next(2, 4);
            var used = new HashSet<DemoOutlet>();
            for (var copy = 0; copy < copies && written < options.Articles; copy++)
            {
                var outlet = PickOutlet(random, outlets, totalWeight, used);
                used.Add(outlet);
                var published = new DateTimeOffset(day.ToDateTime(new TimeOnly(random.Next(6, 24), random.Next(60))), TimeSpan.Zero)
                    .AddHours(copy == 0 ? 0 : random.Next(1, 20));
                var lastMoment = new DateTimeOffset(options.LastDay.ToDateTime(new TimeOnly(23, 59)), TimeSpan.Zero);
                published = published > lastMoment ? lastMoment : published;
                var paragraphs = copy == 0 ? story.Paragraphs : Edit(story.Paragraphs, random);
                written++;
                yield return new Article(
                    story.Title,
                    outlet.Name,
                    published,
                    paragraphs,
                    $"https://{outlet.Domain}/news/{options.Seed}-{storyNumber}-{copy}",
                    $"demo-{options.Seed}-{written}");
            }
        }
    }

    private static DemoOutlet PickOutlet(Random random, DemoOutlet[] outlets, int totalWeight, HashSet<DemoOutlet> used)
    {
        while (true)
        {
            var ticket = random.Next(totalWeight);
            foreach (var outlet in outlets)
            {
                ticket -= outlet.Weight;
                if (ticket < 0)
                {
                    if (!used.Contains(outlet) || used.Count == outlets.Length)
                    {
                        return outlet;
                    }

                    break;
                }
            }
        }
    }

    // A syndicated copy: the same story, one paragraph dropped or its order changed, as desks do.
    private static IReadOnlyList<string> Edit(IReadOnlyList<string> paragraphs, Random random)
    {
        var edited = paragraphs.ToList();
        if (edited.Count > 2 && random.Next(2) == 0)
        {
            edited.RemoveAt(edited.Count - 1);
        }
        else if (edited.Count > 2)
        {
            (edited[1], edited[2]) = (edited[2], edited[1]);
        }

        return edited;
    }
}
