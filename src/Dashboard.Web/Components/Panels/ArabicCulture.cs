using System.Globalization;

namespace Dashboard.Web.Components.Panels;

/// <summary>
/// The culture of the Arabic interface: Egyptian Arabic uses the Gregorian calendar with Arabic
/// month names, which is what news dates are written in (Saudi Arabic would default to Hijri).
/// </summary>
public static class ArabicCulture
{
    /// <summary>The interface culture.</summary>
    public static CultureInfo Instance { get; } = CultureInfo.GetCultureInfo("ar-EG");
}
