using Dashboard.Data.Queries;

namespace Dashboard.Web.Components.Pages;

/// <summary>The period a time chart counts by when the URL does not say: days for short ranges, months for long ones.</summary>
public static class GranularityChoice
{
    /// <summary>Longer ranges than this many days count by month.</summary>
    public const int MonthlyAfterDays = 400;

    /// <summary>The granularity named in the URL when it is valid, else the one that suits the range (week for an open range).</summary>
    public static Granularity For(string? named, DateOnly? from, DateOnly? to) =>
        Enum.TryParse<Granularity>(named, ignoreCase: true, out var chosen) && Enum.IsDefined(chosen) ? chosen
        : from is { } f && to is { } t && t.DayNumber - f.DayNumber > MonthlyAfterDays ? Granularity.Month
        : from is null || to is null ? Granularity.Week
        : Granularity.Day;
}
