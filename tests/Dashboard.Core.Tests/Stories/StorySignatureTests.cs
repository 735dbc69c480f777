using Dashboard.Core.Articles;
using Dashboard.Core.Demo;
using Dashboard.Core.Stories;

namespace Dashboard.Core.Tests.Stories;

public sealed class StorySignatureTests
{
    private static readonly DateTimeOffset Day = new(2017, 1, 19, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void ASyndicatedCopyWithAParagraphDroppedIsTheSameStory()
    {
        var original = Article("مقتل 12 شخصا في انفجار في بغداد",
            "بغداد ـ (أ ف ب) – قتل 12 شخصا وأصيب 30 آخرون في انفجار سيارة مفخخة قرب سوق شعبي في حي الكرادة وسط العاصمة العراقية.",
            "وقال مسؤول في الشرطة إن الانفجار وقع في ساعة الذروة عندما كان السوق مكتظا بالمتسوقين قبل عطلة نهاية الأسبوع.",
            "ولم تعلن أي جهة مسؤوليتها عن التفجير حتى الآن، لكن تنظيم الدولة الإسلامية تبنى هجمات مماثلة في الأشهر الماضية.");
        var copy = original with { Title = "مقتل 12 شخصا بانفجار في بغداد", Paragraphs = original.Paragraphs.Take(2).ToList() };

        Assert.True(StorySignature.SameStory(StorySignature.Of(original), StorySignature.Of(copy)));
        Assert.True(SharedBands(original, copy) > 0, "a copy must share a band to be found as a candidate");
    }

    [Fact]
    public void TwoStoriesOfTheSameKindAreNot()
    {
        var first = Article("مقتل 12 شخصا في انفجار في بغداد", "بغداد ـ (أ ف ب) – قتل 12 شخصا وأصيب 30 آخرون في انفجار سيارة مفخخة قرب سوق شعبي في حي الكرادة.");
        var second = Article("مقتل 5 جنود في هجوم في سيناء", "العريش ـ (رويترز) – قتل خمسة جنود مصريين في هجوم شنه مسلحون على نقطة تفتيش في شمال سيناء فجر اليوم.");

        Assert.False(StorySignature.SameStory(StorySignature.Of(first), StorySignature.Of(second)));
    }

    [Fact]
    public void TheDemoCorpusCopiesAreFoundAndItsOtherStoriesKeptApart()
    {
        var articles = new DemoCorpusGenerator(new DemoCorpusOptions(1500, Seed: 4, Days: 90)).Generate().ToList();
        var byStory = articles.GroupBy(a => a.Url!.Split("/news/")[1][..a.Url!.Split("/news/")[1].LastIndexOf('-')]).ToList();
        var copies = byStory.Where(g => g.Count() > 1).SelectMany(g => g.Skip(1).Select(c => (g.First(), c))).ToList();
        var random = new Random(1);
        var strangers = Enumerable.Range(0, 2000).Select(_ => (byStory[random.Next(byStory.Count)].First(), byStory[random.Next(byStory.Count)].First()))
            .Where(p => p.Item1.Url != p.Item2.Url).ToList();

        var found = copies.Count(p => SharedBands(p.Item1, p.Item2) > 0 && Same(p.Item1, p.Item2)) / (double)copies.Count;
        var merged = strangers.Count(p => Same(p.Item1, p.Item2)) / (double)strangers.Count;

        Assert.True(found >= 0.9, $"only {found:P0} of syndicated copies were found");
        Assert.True(merged <= 0.01, $"{merged:P1} of unrelated stories were taken for one");
    }

    [Fact]
    public void TheSignatureIsTheSameOnEveryRun() =>
        Assert.Equal(StorySignature.Of("قمة عربية في القاهرة لبحث الأزمة"), StorySignature.Of("قمة عربية في القاهرة لبحث الأزمة"));

    private static int SharedBands(Article first, Article second) =>
        StorySignature.BandsOf(StorySignature.Of(first)).Zip(StorySignature.BandsOf(StorySignature.Of(second))).Count(p => p.First == p.Second);

    private static bool Same(Article first, Article second) => StorySignature.SameStory(StorySignature.Of(first), StorySignature.Of(second));

    private static Article Article(string title, params string[] paragraphs) => new(title, "مصدر", Day, paragraphs);
}
