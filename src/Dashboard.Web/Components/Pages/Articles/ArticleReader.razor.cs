using System.Globalization;
using Dashboard.Core.Search;
using Dashboard.Data.Queries;
using Dashboard.Web.Components.Articles;
using Dashboard.Web.Components.Panels;
using Dashboard.Web.Localization;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Dashboard.Web.Components.Pages.Articles;

/// <summary>
/// One article, right to left, with its actors, casualty phrases and search words marked, the facts
/// extracted from it, the actors it names, and the other outlets' copies of the same story.
/// </summary>
public sealed partial class ArticleReader : ComponentBase
{
    private ArticleDetail? _detail;
    private IReadOnlyList<string> _terms = [];
    private bool _loading = true;
    private bool _interactive;

    [Inject]
    private ArticleDetailQueries Details { get; set; } = default!;

    /// <summary>The article's id.</summary>
    [Parameter]
    public long Id { get; set; }

    /// <summary>The search that led here: its words are marked too.</summary>
    [SupplyParameterFromQuery(Name = "q")]
    public string? Search { get; set; }

    private IReadOnlyList<TextSegment> TitleSegments => Segments("title", _detail!.Title);

    private IReadOnlyList<TextSegment> BodySegments => Segments("body", _detail!.Body);

    private IReadOnlyList<(long ActorId, string Canonical, string Kind, int Count)> Actors =>
        _detail is null ? [] : [.. _detail.Mentions.GroupBy(m => (m.ActorId, m.Canonical, m.Kind))
            .Select(g => (g.Key.ActorId, g.Key.Canonical, g.Key.Kind, g.Count()))
            .OrderByDescending(a => a.Item4).ThenBy(a => a.Canonical, StringComparer.Ordinal)];

    private List<BreadcrumbItem> Breadcrumbs =>
    [
        new(L["اللوحة"], href: "/"),
        new(_detail!.Source, href: $"outlet/{_detail.SourceId}"),
        new(L["المقالة"], href: null, disabled: true),
    ];

    // Only web addresses become links: a javascript: or data: address from a hostile feed stays text.
    private string? SafeUrl => Uri.TryCreate(_detail?.Url, UriKind.Absolute, out var url) && url.Scheme is "http" or "https" ? url.AbsoluteUri : null;

    /// <inheritdoc />
    protected override async Task OnParametersSetAsync()
    {
        _loading = true;
        _terms = SearchTerms.OfQuery(Search);
        _detail = await Details.GetAsync(Id);
        _loading = false;
    }

    /// <inheritdoc />
    protected override void OnAfterRender(bool firstRender)
    {
        if (firstRender)
        {
            // A link followed while the circuit is still starting can be rendered as the old page under the new
            // address; tests and scripts wait for this mark before they follow one.
            _interactive = true;
            StateHasChanged();
        }
    }

    // Casualty phrases first: a phrase that contains a place keeps its one mark, the fuller reading.
    private IReadOnlyList<TextSegment> Segments(string field, string text)
    {
        var facts = _detail!.Facts.Where(f => f.Field == field)
            .Select(f => new TextMark(f.Start, f.End, "casualty", $"{L[CasualtyKinds.Label(f.Kind)]}: {Count(f)}"));
        var mentions = _detail.Mentions.Where(m => m.Field == field)
            .Select(m => new TextMark(m.Start, m.End, m.Kind, m.Canonical));
        var marks = facts.Concat(mentions).ToList();
        var hits = SearchTerms.Hits(text, _terms).Where(h => !marks.Any(m => m.Start < h.End && h.Start < m.End));
        return MarkedText.Apply(text, marks.Concat(hits));
    }

    private string Count(DetailFact fact) => (fact.Min, fact.Max) switch
    {
        (null, null) => L["غير محدد"],
        ({ } min, null) => L["{0:N0} على الأقل", min],
        ({ } min, { } max) when min == max => min.ToString("N0", UiCulture.Current),
        (var min, var max) => string.Create(UiCulture.Current, $"{min ?? 0:N0}–{max:N0}"),
    };
}
