using Bunit;
using Dashboard.Core.Search;
using Dashboard.Web.Components.Articles;

namespace Dashboard.Web.Tests.Articles;

public sealed class MarkedRunTests : IDisposable
{
    private readonly BunitContext _context = new();

    public void Dispose() => _context.Dispose();

    [Fact]
    public void MarkedRunsBecomeMarkElementsWithTheirKindAndLabel()
    {
        const string text = "التقى أوباما في واشنطن";
        var run = _context.Render<MarkedRun>(p => p.Add(c => c.Segments, MarkedText.Apply(text, [new TextMark(6, 12, "person", "باراك أوباما")])));

        var mark = run.Find("mark");
        Assert.Equal("أوباما", mark.TextContent);
        Assert.Equal("person", mark.GetAttribute("data-mark"));
        Assert.Equal("باراك أوباما", mark.GetAttribute("title"));
        Assert.Equal(text, run.Nodes.Select(n => n.TextContent).Aggregate(string.Concat));
    }

    [Theory]
    [InlineData("<script>alert(1)</script> انفجار")]
    [InlineData("<img src=x onerror=alert(1)> غزة")]
    public void MarkupInTheTextIsShownAsTextNeverRun(string hostile)
    {
        var run = _context.Render<MarkedRun>(p => p.Add(c => c.Segments, MarkedText.Apply(hostile, [new TextMark(hostile.Length - 3, hostile.Length, "place")])));

        Assert.Empty(run.FindAll("script"));
        Assert.Empty(run.FindAll("img"));
        Assert.Contains("&lt;", run.Markup, StringComparison.Ordinal);
    }
}
