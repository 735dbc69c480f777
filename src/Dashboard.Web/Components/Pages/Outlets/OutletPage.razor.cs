using Dashboard.Data.Queries;
using Dashboard.Data.Sources;
using Dashboard.Web.Localization;
using Microsoft.AspNetCore.Components;

namespace Dashboard.Web.Components.Pages.Outlets;

/// <summary>One outlet: its volume over time, the actors it writes about, its casualty reporting and its articles.</summary>
public sealed partial class OutletPage : ComponentBase
{
    private string? _name;
    private long _articles;
    private IReadOnlyList<string> _aliases = [];
    private ArticleFilter _filter = ArticleFilter.All;
    private Granularity _granularity = Granularity.Month;
    private bool _loading = true;

    [Inject]
    private SourceCatalog Outlets { get; set; } = default!;

    [Inject]
    private ArticleQueries Articles { get; set; } = default!;

    /// <summary>The outlet's id.</summary>
    [Parameter]
    public long Id { get; set; }

    private string Aliases => L["{0:N0} مقالة. يُعرف أيضا بـ: {1}", _articles, string.Join(L["، "], _aliases)];

    private string DashboardLink => "/?from=all&source=" + Uri.EscapeDataString(_name!);

    /// <inheritdoc />
    protected override async Task OnParametersSetAsync()
    {
        _loading = true;
        var outlet = (await Outlets.ListAsync()).FirstOrDefault(o => o.Id == Id);
        _name = outlet.Name;
        if (_name is not null)
        {
            (_articles, _aliases) = (outlet.Articles, outlet.Aliases);
            var coverage = await Articles.CoverageAsync();
            _granularity = GranularityChoice.For(null, coverage.FirstDay, coverage.LastDay);
            _filter = new ArticleFilter(Sources: [_name]);
        }

        _loading = false;
    }
}
