namespace Dashboard.Web.Components.Pages;

/// <summary>
/// One of the date filter's shortcuts. The range ends on the newest stored day, not today: an archive
/// or a feed that stalled last week should still show its last seven days rather than an empty chart.
/// </summary>
/// <param name="Label">The button's Arabic text.</param>
/// <param name="Days">Length in days for a fixed span.</param>
/// <param name="Months">Length in calendar months, for the month presets.</param>
public sealed record RangePreset(string Label, int Days = 0, int Months = 0)
{
    /// <summary>The presets in the order the filter bar shows them.</summary>
    public static readonly IReadOnlyList<RangePreset> All =
    [
        new("7 أيام", Days: 7),
        new("30 يوما", Days: 30),
        new("3 أشهر", Months: 3),
        new("12 شهرا", Months: 12),
    ];

    /// <summary>A stable name for tests and scripts: 7d, 30d, 3m, 12m.</summary>
    public string Key => Months > 0 ? $"{Months}m" : $"{Days}d";

    /// <summary>The inclusive range of this preset ending on <paramref name="lastDay"/>.</summary>
    public (DateOnly From, DateOnly To) EndingOn(DateOnly lastDay) =>
        (Months > 0 ? lastDay.AddMonths(-Months).AddDays(1) : lastDay.AddDays(1 - Days), lastDay);
}
