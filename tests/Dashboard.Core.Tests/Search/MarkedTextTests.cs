using Dashboard.Core.Search;

namespace Dashboard.Core.Tests.Search;

public sealed class MarkedTextTests
{
    [Fact]
    public void MarksCutTheTextIntoPlainAndMarkedRunsThatJoinBackToIt()
    {
        const string text = "التقى أوباما نتنياهو في واشنطن";
        var segments = MarkedText.Apply(text, [new TextMark(6, 12, "person"), new TextMark(24, 30, "place")]);

        Assert.Equal(text, string.Concat(segments.Select(s => s.Text)));
        Assert.Equal(["أوباما", "واشنطن"], segments.Where(s => s.Mark is not null).Select(s => s.Text));
    }

    [Fact]
    public void OfOverlappingMarksTheOneStartingFirstWins()
    {
        const string text = "مقتل 80 مقاتلا في سرت";
        var segments = MarkedText.Apply(text, [new TextMark(0, 14, "casualty"), new TextMark(18, 21, "place"), new TextMark(5, 7, "hit")]);

        Assert.Equal(["مقتل 80 مقاتلا", "سرت"], segments.Where(s => s.Mark is not null).Select(s => s.Text));
    }

    [Fact]
    public void MarksOutsideTheTextAreIgnored() =>
        Assert.Equal("غزة", Assert.Single(MarkedText.Apply("غزة", [new TextMark(2, 40, "place")])).Text);

    [Fact]
    public void ASnippetCentresOnTheFirstHitAndMarksIt()
    {
        var body = string.Join(' ', Enumerable.Repeat("كلام عام", 60)) + " ثم وصل أوباما إلى بغداد " + string.Join(' ', Enumerable.Repeat("كلام آخر", 60));

        var snippet = MarkedText.Snippet(body, SearchTerms.OfQuery("اوباما"), width: 80);

        Assert.Equal("أوباما", Assert.Single(snippet, s => s.Mark is not null).Text);
        Assert.StartsWith("…", snippet[0].Text, StringComparison.Ordinal);
        Assert.EndsWith("…", snippet[^1].Text, StringComparison.Ordinal);
        Assert.InRange(string.Concat(snippet.Select(s => s.Text)).Length, 40, 110);
    }

    [Fact]
    public void WithoutAHitASnippetIsTheOpeningOfTheBody()
    {
        var snippet = MarkedText.Snippet("قمة عربية في القاهرة", SearchTerms.OfQuery("بغداد"));

        Assert.Equal("قمة عربية في القاهرة", Assert.Single(snippet).Text);
    }
}
