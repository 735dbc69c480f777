using System.Globalization;
using Dashboard.Core.Search;
using Dashboard.Data.Queries;
using Dashboard.Web.Components.Panels;
using Dashboard.Web.Localization;
using Microsoft.AspNetCore.Components;

namespace Dashboard.Web.Components.Articles;

/// <summary>
/// The articles of the dashboard's filter, newest first, with Arabic full-text search over the
/// normalised text: each item links to the reader and shows its passage around the first hit.
/// </summary>
public sealed partial class ArticlesPanel : Panels.FilteredPanel
{
    /// <summary>Articles per page.</summary>
    public const int PageSize = 10;

    private ArticlePage _page = new(0, []);
    private IReadOnlyList<string> _terms = [];
    private int _pageNumber = 1;
    private string? _lastQueryKey;

    [Inject]
    private ArticleQueries Articles { get; set; } = default!;

    /// <summary>The search words, as the URL's <c>q</c> holds them.</summary>
    [Parameter]
    public string? Search { get; set; }

    /// <summary>Raised with the new search words, so the page can keep them in its URL.</summary>
    [Parameter]
    public EventCallback<string?> SearchChanged { get; set; }

    /// <inheritdoc />
    protected override string LoadKey => $"{Filter.Key}|{Search}";

    private int PageCount => (int)Math.Min(int.MaxValue, (_page.Total + PageSize - 1) / PageSize);

    private string CountText => _page.Total switch
    {
        0 => "",
        _ => L[_terms.Count > 0 ? "{0:N0} مقالة تطابق البحث، الأحدث أولا" : "{0:N0} مقالة، الأحدث أولا", _page.Total],
    };

    /// <inheritdoc />
    protected override async Task LoadAsync()
    {
        if (LoadKey != _lastQueryKey)
        {
            // A new filter or search starts again at the first page.
            _pageNumber = 1;
            _lastQueryKey = LoadKey;
        }

        // The words and the page change together, so the count never claims the old total matches the new search.
        var page = await Articles.PageAsync(Filter, Search, _pageNumber, PageSize);
        _terms = SearchTerms.OfQuery(Search);
        _page = page;
    }

    private async Task OnSearchChangedAsync(string? search)
    {
        Search = string.IsNullOrWhiteSpace(search) ? null : search.Trim();
        await SearchChanged.InvokeAsync(Search);
        await ReloadAsync();
    }

    private async Task OnPageChangedAsync(int page)
    {
        _pageNumber = page;
        await ReloadAsync();
    }

    private string ReaderLink(long id) => _terms.Count == 0
        ? string.Create(CultureInfo.InvariantCulture, $"articles/{id}")
        : string.Create(CultureInfo.InvariantCulture, $"articles/{id}?q={Uri.EscapeDataString(Search ?? "")}");
}
