namespace Dashboard.Web.Security;

/// <summary>
/// Headers that keep the browser from running anything the app did not ship: a content security
/// policy allowing only the app's own scripts (no inline script, no eval), its own styles plus the
/// inline styles MudBlazor and apexcharts set on elements, images from the app and the data and blob
/// URLs the chart exports draw with, and connections back to the app only (the SignalR circuit);
/// no framing, no MIME sniffing, no referrer to other sites.
/// </summary>
public static class SecurityHeaders
{
    /// <summary>The policy, one directive per line for reading.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; " +
        "script-src 'self'; " +
        "style-src 'self' 'unsafe-inline'; " +
        "img-src 'self' data: blob:; " +
        "font-src 'self' data:; " +
        "connect-src 'self'; " +
        "object-src 'none'; " +
        "base-uri 'self'; " +
        "form-action 'self'; " +
        "frame-ancestors 'none'";

    /// <summary>Adds the headers to every response.</summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            await next(context);
        });
}
