using System.Globalization;
using Dashboard.Data.Queries;
using Dashboard.Data.Sources;
using Microsoft.AspNetCore.Components;

namespace Dashboard.Web.Components.Pages.Scoped;

/// <summary>The panels an actor's page and an outlet's page share; clicking an actor or an outlet opens its page.</summary>
public sealed partial class ScopedPanels : ComponentBase
{
    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private SourceCatalog Outlets { get; set; } = default!;

    /// <summary>The filter fixed to the page's actor or outlet, and the range.</summary>
    [Parameter, EditorRequired]
    public ArticleFilter Filter { get; set; } = ArticleFilter.All;

    /// <summary>The period of the volume chart.</summary>
    [Parameter]
    public Granularity Granularity { get; set; } = Granularity.Month;

    /// <summary>Whether to show the outlets panel (an actor's page: who reports on it).</summary>
    [Parameter]
    public bool ShowOutlets { get; set; }

    /// <summary>The page's own actor, left out of the actors panel.</summary>
    [Parameter]
    public long? ExceptActor { get; set; }

    /// <summary>The heading of the actors panel.</summary>
    [Parameter]
    public string ActorsTitle { get; set; } = "أبرز الفاعلين";

    private void OpenActor(ActorTotal actor) =>
        Navigation.NavigateTo(string.Create(CultureInfo.InvariantCulture, $"actor/{actor.Id}"));

    private async Task OpenOutletAsync(string name)
    {
        var outlet = (await Outlets.ListAsync()).FirstOrDefault(o => o.Name == name);
        if (outlet.Name is not null)
        {
            Navigation.NavigateTo(string.Create(CultureInfo.InvariantCulture, $"outlet/{outlet.Id}"));
        }
    }
}
