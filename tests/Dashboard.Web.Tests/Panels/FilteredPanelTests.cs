using Bunit;
using Dashboard.Data.Queries;

namespace Dashboard.Web.Tests.Panels;

public sealed class FilteredPanelTests : IDisposable
{
    private static readonly ArticleFilter January = new(new DateOnly(2017, 1, 1), new DateOnly(2017, 1, 31));
    private static readonly ArticleFilter February = new(new DateOnly(2017, 2, 1), new DateOnly(2017, 2, 28));

    private readonly BunitContext _context = new();

    public void Dispose() => _context.Dispose();

    [Fact]
    public void AnOlderLoadThatFinishesLastDoesNotReplaceTheNewerData()
    {
        var panel = _context.Render<ControlledPanel>(p => p.Add(c => c.Filter, January));
        panel.Render(p => p.Add(c => c.Filter, February));
        panel.WaitForState(() => panel.Instance.Answers.Count == 2);

        panel.Instance.Answers[February.Key].SetResult("حلب");
        panel.WaitForAssertion(() => Assert.Equal("حلب", panel.Markup));
        panel.Instance.Answers[January.Key].SetResult("دمشق");
        panel.WaitForState(() => panel.Instance.Finished == 2);

        Assert.Equal("حلب", panel.Markup);
    }

    [Fact]
    public void APanelShowsItsDataOnceItsQueryAnswers()
    {
        var panel = _context.Render<ControlledPanel>(p => p.Add(c => c.Filter, January));
        panel.WaitForState(() => panel.Instance.Answers.Count == 1);
        Assert.Equal("…", panel.Markup);

        panel.Instance.Answers[January.Key].SetResult("الموصل");

        panel.WaitForAssertion(() => Assert.Equal("الموصل", panel.Markup));
    }
}
