using System.Globalization;
using Dashboard.Data.Queries;
using Dashboard.Web.Api;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Dashboard.Web.Components.Pages;

/// <summary>
/// The home dashboard. Its state lives in the URL (<c>from</c>, <c>to</c> as yyyy-MM-dd), so a copied
/// link opens the same view and the back button undoes a filter change.
/// </summary>
public sealed partial class Home : ComponentBase
{
    /// <summary>Days shown when the URL names no range: the last quarter of the stored news.</summary>
    public const int DefaultDays = 90;

    private Coverage? _coverage;
    private DateRange? _range;
    private DateTime? _coverageStart;
    private DateTime? _coverageEnd;
    private ArticleFilter? _filter;
    private Granularity _granularity = Granularity.Day;

    [Inject]
    private ArticleQueries Articles { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    /// <summary>First day shown, yyyy-MM-dd.</summary>
    [SupplyParameterFromQuery(Name = "from")]
    public string? From { get; set; }

    /// <summary>Last day shown, yyyy-MM-dd.</summary>
    [SupplyParameterFromQuery(Name = "to")]
    public string? To { get; set; }

    /// <inheritdoc />
    protected override async Task OnParametersSetAsync()
    {
        _coverage ??= await Articles.CoverageAsync();
        _coverageStart = _coverage.FirstDay?.ToDateTime(TimeOnly.MinValue);
        _coverageEnd = _coverage.LastDay?.ToDateTime(TimeOnly.MinValue);
        var to = ParseDate(To) ?? _coverage.LastDay;
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

        _granularity = from is { } f && to is { } t && t.DayNumber - f.DayNumber > 400 ? Granularity.Month
            : from is null || to is null ? Granularity.Week
            : Granularity.Day;
        _filter = new ArticleFilter(from, to);
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

    private static DateOnly? ParseDate(string? text) =>
        DateOnly.TryParseExact(text, QueryParameters.DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
}
