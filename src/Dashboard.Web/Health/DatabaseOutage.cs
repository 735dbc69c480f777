using System.Data.Common;
using System.Net.Sockets;

namespace Dashboard.Web.Health;

/// <summary>
/// A request that fails because the database is away answers 503 with what happened and when to
/// try again: a problem document for scripts, a short page for people that reloads itself, never a
/// stack trace. The app keeps running; <c>/health</c> says the same, and the next request after the
/// database returns is served normally.
/// </summary>
public static partial class DatabaseOutage
{
    /// <summary>Seconds a client is asked to wait before trying again.</summary>
    public const int RetrySeconds = 15;

    /// <summary>Adds the handling to the pipeline, before everything that reads the database.</summary>
    public static IApplicationBuilder UseDatabaseOutagePage(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            try
            {
                await next(context);
            }
            catch (Exception error) when (IsOutage(error) && !context.Response.HasStarted)
            {
                LogOutage(context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DatabaseOutage)), context.Request.Path, error.Message);
                context.RequestServices.GetRequiredService<Dashboard.Data.Dialects.ISqlDialect>().ForgetPooledConnections();
                await WriteAsync(context, error.Message);
            }
        });

    /// <summary>
    /// Whether <paramref name="error"/> (or what it wraps: the migrator wraps the driver's error) says the
    /// database could not be used; a refused or silent server comes as a socket or timeout error.
    /// </summary>
    public static bool IsOutage(Exception error) =>
        error is DbException or SocketException or TimeoutException || (error.InnerException is { } inner && IsOutage(inner));

    private static async Task WriteAsync(HttpContext context, string reason)
    {
        context.Response.Clear();
        context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        context.Response.Headers.RetryAfter = RetrySeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var path = context.Request.Path;
        if (path.StartsWithSegments("/api") || path.StartsWithSegments("/export"))
        {
            await Results.Problem(title: "The database is unavailable", detail: reason, statusCode: StatusCodes.Status503ServiceUnavailable).ExecuteAsync(context);
            return;
        }

        context.Response.ContentType = "text/html; charset=utf-8";
        await context.Response.WriteAsync($"""
            <!DOCTYPE html>
            <html dir="rtl" lang="ar">
            <head><meta charset="utf-8"><meta http-equiv="refresh" content="{RetrySeconds}"><title>قاعدة البيانات غير متاحة</title></head>
            <body style="font-family: sans-serif; max-width: 40em; margin: 4em auto">
            <h1>قاعدة البيانات غير متاحة مؤقتا</h1>
            <p>تعذر الوصول إلى قاعدة البيانات. تعيد اللوحة المحاولة تلقائيا، وتُحدَّث هذه الصفحة كل {RetrySeconds} ثانية.</p>
            <p dir="ltr" lang="en">The database is unavailable. The dashboard keeps retrying; this page reloads every {RetrySeconds} seconds. See <a href="/health">/health</a>.</p>
            <p dir="ltr"><code>{System.Net.WebUtility.HtmlEncode(reason)}</code></p>
            </body>
            </html>
            """);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The database is unavailable for {Path}: {Reason}")]
    private static partial void LogOutage(ILogger logger, string path, string reason);
}
