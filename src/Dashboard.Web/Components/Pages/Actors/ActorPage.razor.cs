using System.Globalization;
using Dashboard.Data.Queries;
using Dashboard.Web.Localization;
using Microsoft.AspNetCore.Components;

namespace Dashboard.Web.Components.Pages.Actors;

/// <summary>
/// One actor: how often it is mentioned and how its name is spelled, its timeline by outlet, the
/// outlets that report on it, the actors named alongside it, and the incidents of its articles.
/// </summary>
public sealed partial class ActorPage : ComponentBase
{
    private ActorProfile? _profile;
    private ArticleFilter _filter = ArticleFilter.All;
    private Granularity _granularity = Granularity.Month;
    private bool _loading = true;

    [Inject]
    private ActorQueries Actors { get; set; } = default!;

    [Inject]
    private ArticleQueries Articles { get; set; } = default!;

    /// <summary>The actor's id.</summary>
    [Parameter]
    public long Id { get; set; }

    private string KindLabel => _profile?.Actor.Kind switch
    {
        "person" => L["شخص"],
        "organization" => L["منظمة"],
        "place" => L["مكان"],
        var other => other ?? "",
    };

    private string Totals => L["ورد في {0:N0} مقالة، {1:N0} مرة.", _profile!.Actor.Articles, _profile.Actor.Mentions];

    private string DashboardLink => "/?from=all&actor=" + Uri.EscapeDataString(_profile!.Actor.Canonical);

    /// <inheritdoc />
    protected override async Task OnParametersSetAsync()
    {
        _loading = true;
        _profile = await Actors.ProfileAsync(Id);
        if (_profile is not null)
        {
            var coverage = await Articles.CoverageAsync();
            _granularity = GranularityChoice.For(null, coverage.FirstDay, coverage.LastDay);
            _filter = new ArticleFilter(Actors: [_profile.Actor.Canonical]);
        }

        _loading = false;
    }
}
