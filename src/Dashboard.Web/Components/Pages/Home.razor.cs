using System.Globalization;
using Dashboard.Data.Queries;
using Dashboard.Web.Api;
using Dashboard.Web.Localization;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Dashboard.Web.Components.Pages;

/// <summary>
/// The home dashboard. Its state lives in the URL (<c>from</c>, <c>to</c> as yyyy-MM-dd), so a copied
/// link opens the same view and the back button undoes a filter change.
/// </summary>
public sealed partial class Home : ComponentBase, IDisposable
{
    /// <summary>Days shown when the URL names no range: the last quarter of the stored news.</summary>
    public const int DefaultDays = 90;

    private Coverage? _coverage;
    private DateRange? _range;
    private DateTime? _coverageStart;
    private DateTime? _coverageEnd;
    private ArticleFilter? _filter;
    private IReadOnlyList<string> _outlets = [];
    private Granularity _granularity = Granularity.Day;
    private long _revision;
    private long _arrived;

    private string? _actorQuery;

    [Inject]
    private Live.ArticleArrivals Arrivals { get; set; } = default!;

    [Inject]
    private Dashboard.Data.Curation.ActorCuration ActorList { get; set; } = default!;

    [Inject]
    private ArticleQueries Articles { get; set; } = default!;

    [Inject]
    private VolumeQueries Volume { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    /// <summary>First day shown, yyyy-MM-dd.</summary>
    [SupplyParameterFromQuery(Name = "from")]
    public string? From { get; set; }

    /// <summary>Last day shown, yyyy-MM-dd.</summary>
    [SupplyParameterFromQuery(Name = "to")]
    public string? To { get; set; }

    /// <summary>Outlets to keep (repeatable); none keeps all.</summary>
    [SupplyParameterFromQuery(Name = "source")]
    public string[]? Source { get; set; }

    /// <summary>Canonical actor names (repeatable): keep the articles that mention any of them.</summary>
    [SupplyParameterFromQuery(Name = "actor")]
    public string[]? Actor { get; set; }

    /// <summary>day, week or month; chosen from the range when absent.</summary>
    [SupplyParameterFromQuery(Name = "granularity")]
    public string? GranularityName { get; set; }

    /// <summary>Words the article list searches for; the charts are not narrowed by them.</summary>
    [SupplyParameterFromQuery(Name = "q")]
    public string? Q { get; set; }

    private IReadOnlyList<string> Sources => Source?.Where(s => !string.IsNullOrWhiteSpace(s)).Distinct().ToList() ?? [];

    private IReadOnlyList<string> Actors => Actor?.Where(a => !string.IsNullOrWhiteSpace(a)).Distinct().ToList() ?? [];

    // Incidents and actor mentions are too sparse for daily columns: those panels count at least by week.
    private Granularity SparseGranularity => GranularityChoice.Sparse(_granularity);

    private bool Filtered => Q is not null || Sources.Count > 0 || Actors.Count > 0 || GranularityName is not null || From is not null || To is not null;

    // On paper there are no controls: one line says what the report covers.
    private string PrintSummary
    {
        get
        {
            var range = _filter is { From: { } from, To: { } to }
                ? L["من {0} إلى {1}", from.ToString("d MMMM yyyy", UiCulture.Current), to.ToString("d MMMM yyyy", UiCulture.Current)].Value
                : L["كل الفترات"].Value;
            var outlets = Sources.Count == 0 ? L["كل المصادر"].Value : string.Join(L["، "], Sources);
            var actors = Actors.Count == 0 ? "" : L[" · الفاعلون: {0}", string.Join(L["، "], Actors)].Value;
            return L["الفترة: {0} · المصادر: {1}{2}", range, outlets, actors];
        }
    }

    /// <inheritdoc />
    public void Dispose() => Arrivals.Arrived -= OnArrived;

    /// <inheritdoc />
    protected override void OnInitialized() => Arrivals.Arrived += OnArrived;

    /// <inheritdoc />
    protected override Task OnParametersSetAsync() => ReadStateAsync();

    // Raised on a background thread: the coverage and outlets are read again, and every panel reloads
    // through the cascading revision, whatever its filter.
    private void OnArrived(long added) => _ = InvokeAsync(async () =>
    {
        _coverage = null;
        _outlets = [];
        await ReadStateAsync();
        _arrived += added;
        _revision++;
        StateHasChanged();
    });

    private void DismissArrivals() => _arrived = 0;

    private string ArrivalText => _arrived == 1
        ? L["وصلت مقالة جديدة منذ فتح اللوحة؛ الأرقام محدثة."]
        : L["وصلت {0:N0} مقالات جديدة منذ فتح اللوحة؛ الأرقام محدثة.", _arrived];

    private async Task ReadStateAsync()
    {
        // A local copy: an arrival notice may clear the field while this read awaits the outlets
        // (it reads the state again itself), which made the field null mid-read.
        var coverage = _coverage ??= await Articles.CoverageAsync();
        if (_outlets.Count == 0 && coverage.Articles > 0)
        {
            // Every outlet ever stored, most active first, so the list does not change under the user's hand.
            _outlets = [.. (await Volume.PerSourceAsync(ArticleFilter.All)).Select(t => t.Source)];
        }

        _coverageStart = coverage.FirstDay?.ToDateTime(TimeOnly.MinValue);
        _coverageEnd = coverage.LastDay?.ToDateTime(TimeOnly.MinValue);
        var to = ParseDate(To) ?? coverage.LastDay;
        var from = ParseDate(From) ?? (To is null && From is null ? to?.AddDays(1 - DefaultDays) : null);
        if (From == "all" || To == "all")
        {
            (from, to) = (null, null);
        }

        var range = new DateRange(from?.ToDateTime(TimeOnly.MinValue), to?.ToDateTime(TimeOnly.MinValue));
        if (!range.Equals(_range))
        {
            // A new instance only when the URL really changed it: the picker treats a new
            // instance as an edit and would answer with a change event of its own.
            _range = range;
        }

        // "All" counts by the length of what is stored: ten years by week is 520 columns.
        _granularity = GranularityChoice.For(GranularityName, from ?? coverage.FirstDay, to ?? coverage.LastDay);
        _filter = new ArticleFilter(from, to, Sources, Actors);
    }

    private Task OnRangeChangedAsync(DateRange? range)
    {
        _range = range;
        if (range?.Start is not { } start || range.End is not { } end
            || (DateOnly.FromDateTime(start) == _filter?.From && DateOnly.FromDateTime(end) == _filter?.To))
        {
            return Task.CompletedTask;
        }

        Navigation.NavigateTo(Navigation.GetUriWithQueryParameters(new Dictionary<string, object?>
        {
            ["from"] = DateOnly.FromDateTime(start).ToString(QueryParameters.DateFormat, CultureInfo.InvariantCulture),
            ["to"] = DateOnly.FromDateTime(end).ToString(QueryParameters.DateFormat, CultureInfo.InvariantCulture),
        }));
        return Task.CompletedTask;
    }

    private Task ShowAllAsync()
    {
        Navigation.NavigateTo(Navigation.GetUriWithQueryParameters(new Dictionary<string, object?> { ["from"] = "all", ["to"] = null }));
        return Task.CompletedTask;
    }

    private void ApplyPreset(RangePreset preset)
    {
        if (_coverage?.LastDay is not { } lastDay)
        {
            return;
        }

        // The granularity follows the new length unless the URL fixes it.
        var (from, to) = preset.EndingOn(lastDay);
        Navigation.NavigateTo(Navigation.GetUriWithQueryParameters(new Dictionary<string, object?>
        {
            ["from"] = from.ToString(QueryParameters.DateFormat, CultureInfo.InvariantCulture),
            ["to"] = to.ToString(QueryParameters.DateFormat, CultureInfo.InvariantCulture),
        }));
    }

    private bool IsActive(RangePreset preset) =>
        _coverage?.LastDay is { } lastDay && _filter is { From: { } from, To: { } to } && preset.EndingOn(lastDay) == (from, to);

    // Clicking a bar narrows to its days; the granularity is chosen again for the shorter range.
    private void NarrowTo((DateOnly From, DateOnly To) days) =>
        Navigation.NavigateTo(Navigation.GetUriWithQueryParameters(new Dictionary<string, object?>
        {
            ["from"] = days.From.ToString(QueryParameters.DateFormat, CultureInfo.InvariantCulture),
            ["to"] = days.To.ToString(QueryParameters.DateFormat, CultureInfo.InvariantCulture),
            ["granularity"] = null,
        }));

    private void SetGranularity(Granularity granularity) =>
        Navigation.NavigateTo(Navigation.GetUriWithQueryParameter("granularity", granularity.ToString().ToLowerInvariant()));

    // Clicking an outlet's bar narrows every panel to it; clicking it again widens back.
    private void ToggleSource(string source) =>
        Navigation.NavigateTo(Navigation.GetUriWithQueryParameters(new Dictionary<string, object?>
        {
            ["source"] = Sources.Contains(source) ? Sources.Where(s => s != source).ToArray() : Sources.Append(source).ToArray(),
        }));

    // Clicking an actor's bar narrows every panel to the articles that mention it; the actors panel
    // then lists who is mentioned alongside it.
    private void ToggleActor(string actor) =>
        Navigation.NavigateTo(Navigation.GetUriWithQueryParameters(new Dictionary<string, object?>
        {
            ["actor"] = Actors.Contains(actor) ? Actors.Where(a => a != actor).ToArray() : Actors.Append(actor).ToArray(),
        }));

    // Typing replaces the history entry instead of adding one per pause, so back still undoes a filter.
    private void SetSearch(string? search) =>
        Navigation.NavigateTo(Navigation.GetUriWithQueryParameter("q", search), replace: true);

    // The actor box suggests the most mentioned actors whose name, in any spelling, contains the text.
    private async Task<IEnumerable<string>> SearchActorsAsync(string? text, CancellationToken cancellationToken) =>
        string.IsNullOrWhiteSpace(text)
            ? []
            : (await ActorList.ListAsync(null, text, 12, cancellationToken)).Where(a => !a.Ignored && !Actors.Contains(a.Canonical)).Select(a => a.Canonical);

    private void AddActor(string? canonical)
    {
        _actorQuery = null;
        if (!string.IsNullOrWhiteSpace(canonical) && !Actors.Contains(canonical))
        {
            ToggleActor(canonical);
        }
    }

    private void SetSources(IEnumerable<string>? sources) =>
        Navigation.NavigateTo(Navigation.GetUriWithQueryParameters(new Dictionary<string, object?> { ["source"] = (sources ?? []).ToArray() }));

    private void ClearFilters() => Navigation.NavigateTo("/");

    private static DateOnly? ParseDate(string? text) =>
        DateOnly.TryParseExact(text, QueryParameters.DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
}
