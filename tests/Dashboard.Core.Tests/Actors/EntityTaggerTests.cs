using Dashboard.Core.Actors.Gazetteer;
using Dashboard.Core.Actors.Tagging;

namespace Dashboard.Core.Tests.Actors;

public sealed class EntityTaggerTests
{
    private static readonly IReadOnlyList<IReadOnlyList<(string, string)>> Corpus =
    [
        [("زار", "O"), ("سمير", "B-PERS"), ("قنطار", "I-PERS"), ("مدينة", "O"), ("حلب", "B-LOC"), (".", "O")],
        [("التقى", "O"), ("نبيل", "B-PERS"), ("قنطار", "I-PERS"), ("وفدا", "O"), ("من", "O"), ("منظمة", "B-ORG"), ("الغذاء", "I-ORG"), (".", "O")],
        [("وصل", "O"), ("سمير", "B-PERS"), ("حداد", "I-PERS"), ("إلى", "O"), ("حلب", "B-LOC"), (".", "O")],
        [("أعلنت", "O"), ("منظمة", "B-ORG"), ("الغذاء", "I-ORG"), ("عن", "O"), ("برنامج", "O"), ("جديد", "O"), (".", "O")],
    ];

    private static readonly ActorGazetteer Empty = new([]);

    [Fact]
    public void APerceptronLearnsASmallCorpusByHeart()
    {
        var model = NerTraining.Train(Corpus, iterations: 10, seed: 1, Empty);

        var all = NerTraining.Evaluate(Corpus, model, Empty)[^1];
        Assert.Equal(1.0, all.F1);
    }

    [Fact]
    public void AModelReadsBackAsItWasSaved()
    {
        var model = NerTraining.Train(Corpus, iterations: 5, seed: 1, Empty);
        using var file = new MemoryStream();
        model.Save(file, threshold: 0);
        file.Position = 0;

        var loaded = TaggerModel.Load(file);

        Assert.Equal(NerTraining.Evaluate(Corpus, model, Empty)[^1], NerTraining.Evaluate(Corpus, loaded, Empty)[^1]);
    }

    [Fact]
    public void AFileThatIsNoModelIsRefused()
    {
        using var file = new MemoryStream();
        using (var zip = new System.IO.Compression.GZipStream(file, System.IO.Compression.CompressionMode.Compress, leaveOpen: true))
        {
            zip.Write("not a model"u8);
        }

        file.Position = 0;
        Assert.ThrowsAny<Exception>(() => TaggerModel.Load(file));
    }

    [Theory]
    [InlineData("O B-PERS I-PERS O B-LOC", "PERS:1-3 LOC:4-5")]
    [InlineData("I-ORG I-ORG O", "ORG:0-2")]
    [InlineData("B-PERS B-PERS", "PERS:0-1 PERS:1-2")]
    public void SpansAreReadFromBioTags(string tags, string expected) =>
        Assert.Equal(expected, string.Join(' ', NerTraining.Spans(tags.Split(' ')).Select(s => $"{s.Type}:{s.First}-{s.End}")));

    [Fact]
    public void TheShippedModelLoads() => Assert.True(ShippedTagger.Model.FeatureCount > 10_000);

    [Theory]
    [InlineData("قال الرئيس الأمريكي باراك أوباما في واشنطن إن الولايات المتحدة ستدعم الأمم المتحدة")]
    [InlineData("وأعلنت وزارة الداخلية السعودية أن قوات الأمن اعتقلت 12 شخصا في الرياض والدمام")]
    [InlineData("التقى وزير الخارجية سيرغي لافروف نظيره الأمريكي جون كيري في جنيف ، ثم التقى لافروف كيري مرة أخرى")]
    public void TaggingWithCachedWordScoresChoosesTheTagsOfLookingUpEveryFeature(string sentence)
    {
        var words = sentence.Split(' ');
        var tokens = TaggerInput.From(words, ActorGazetteer.Default);
        var model = ShippedTagger.Model;
        var tagger = new EntityTagger(model);

        var cached = tagger.Tag(tokens);
        var again = tagger.Tag(tokens); // every word now comes from the cache
        var uncached = EntityTagger.Decode(tokens, FeatureTemplates.Static(tokens), f => model.Weights.GetValueOrDefault(f));

        Assert.Equal(uncached, cached);
        Assert.Equal(uncached, again);
        Assert.Contains(cached, tag => tag != EntityTag.Outside);
    }

    [Theory]
    [InlineData("قال الرئيس الأمريكي باراك أوباما في واشنطن إن الولايات المتحدة ستدعم الأمم المتحدة")]
    [InlineData("وأعلنت وزارة الداخلية السعودية أن قوات الأمن اعتقلت 12 شخصا في الرياض والدمام")]
    [InlineData("التقى وزير الخارجية سيرغي لافروف نظيره الأمريكي جون كيري في جنيف ، ثم التقى لافروف كيري مرة أخرى")]
    public void TaggingOnSeveralThreadsAtOnceChoosesTheTagsOfOneThread(string sentence)
    {
        var tokens = TaggerInput.From(sentence.Split(' '), ActorGazetteer.Default);
        var model = ShippedTagger.Model;
        var expected = EntityTagger.Decode(tokens, FeatureTemplates.Static(tokens), f => model.Weights.GetValueOrDefault(f));
        var tagger = new EntityTagger(model);

        // Each thread keeps its own word cache: threads filling theirs at once must not disturb each other.
        var results = new IReadOnlyList<int>[64];
        Parallel.For(0, results.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i => results[i] = tagger.Tag(tokens));

        Assert.All(results, tags => Assert.Equal(expected, tags));
    }
}
