using System.Globalization;

namespace Dashboard.Web.Localization;

/// <summary>
/// The interface's languages: Arabic (the default, right to left) and English. Arabic is formatted as
/// in Egypt, which writes news dates in the Gregorian calendar with Arabic month names (Saudi Arabic
/// would default to Hijri); English as in Britain, day before month.
/// </summary>
public static class UiCulture
{
    /// <summary>Arabic, right to left.</summary>
    public static CultureInfo Arabic { get; } = CultureInfo.GetCultureInfo("ar-EG");

    /// <summary>English, left to right.</summary>
    public static CultureInfo English { get; } = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>Every culture the interface offers, the default first.</summary>
    public static IReadOnlyList<CultureInfo> Supported { get; } = [Arabic, English];

    /// <summary>The culture of the current request or circuit.</summary>
    public static CultureInfo Current => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en" ? English : Arabic;

    /// <summary>Whether the interface is laid out right to left.</summary>
    public static bool IsRightToLeft => Current.TextInfo.IsRightToLeft;

    /// <summary>The apexcharts locale file for axis month and day names.</summary>
    public static string ChartLocale => IsRightToLeft ? "ar" : "en";
}
