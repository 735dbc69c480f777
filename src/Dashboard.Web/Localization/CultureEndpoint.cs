using Microsoft.AspNetCore.Localization;

namespace Dashboard.Web.Localization;

/// <summary>
/// <c>GET /culture?name=en-GB&amp;redirect=/path</c>: remembers the interface language in the standard
/// culture cookie and goes back to the page. A Blazor circuit keeps the culture it started with, so
/// the switch is a full page load.
/// </summary>
public static class CultureEndpoint
{
    /// <summary>Maps the endpoint.</summary>
    public static IEndpointRouteBuilder MapCultureSwitch(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/culture", (HttpContext context, string? name, string? redirect) =>
        {
            var culture = UiCulture.Supported.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase)) ?? UiCulture.Arabic;
            context.Response.Cookies.Append(
                CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
                new CookieOptions { MaxAge = TimeSpan.FromDays(365), IsEssential = true, SameSite = SameSiteMode.Lax, HttpOnly = true });

            // Only a path on this site: an absolute or protocol-relative address would be an open redirect.
            var target = redirect is { Length: > 0 } && redirect[0] == '/' && !redirect.StartsWith("//", StringComparison.Ordinal) && !redirect.StartsWith("/\\", StringComparison.Ordinal)
                ? redirect
                : "/";
            return Results.LocalRedirect(target);
        }).ExcludeFromDescription();
        return endpoints;
    }
}
