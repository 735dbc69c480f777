using Dashboard.Data.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Antiforgery;

namespace Dashboard.Web.Security;

/// <summary>
/// <c>POST /account/login</c> and <c>POST /account/logout</c>: plain form posts, so the sign-in cookie is
/// set by an HTTP response (a circuit cannot set cookies). Both take form data and so are checked
/// for an antiforgery token; sign-in attempts are also limited per client address.
/// </summary>
public static class AccountEndpoints
{
    /// <summary>The rate limiting policy of sign-in attempts.</summary>
    public const string SignInLimit = "sign-in";

    /// <summary>Maps the endpoints.</summary>
    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var account = endpoints.MapGroup("/account").ExcludeFromDescription().AllowAnonymous();
        account.MapPost("/login", async (HttpContext http, IAntiforgery antiforgery, UserAccounts users, ILoggerFactory loggers) =>
        {
            // Checked here rather than by the framework, so a stale form (an old tab, a restarted
            // server) comes back to the sign-in page with a reason instead of ending in an error page.
            if (!await antiforgery.IsRequestValidAsync(http))
            {
                return Results.LocalRedirect(LoginPage(SignInError.Expired, "/"));
            }

            var form = await http.Request.ReadFormAsync(http.RequestAborted);
            var userName = form["UserName"].ToString();
            var returnUrl = LocalReturnUrl.From(form["ReturnUrl"].ToString());
            var result = await users.SignInAsync(userName, form["Password"].ToString(), http.RequestAborted);
            var log = loggers.CreateLogger(typeof(AccountEndpoints));
            var address = http.Connection.RemoteIpAddress?.ToString();
            switch (result.Status)
            {
                case SignInStatus.Succeeded:
                    await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, UserClaims.For(result.User!));
                    log.LogInformation("Signed in {User} as {Role} from {Address}", result.User!.UserName, UserAccounts.RoleText(result.User.Role), address);
                    return Results.LocalRedirect(returnUrl);
                case SignInStatus.LockedOut:
                    log.LogWarning("Sign-in refused for {User} from {Address}: locked until {Until}", userName, address, result.LockedUntil);
                    return Results.LocalRedirect(LoginPage(SignInError.Locked, returnUrl));
                default:
                    log.LogWarning("Sign-in failed for {User} from {Address}", userName, address);
                    return Results.LocalRedirect(LoginPage(SignInError.Failed, returnUrl));
            }
        }).DisableAntiforgery().RequireRateLimiting(SignInLimit);

        account.MapPost("/logout", async (HttpContext http, IAntiforgery antiforgery) =>
        {
            // No other site may sign a user out: without a valid token nothing happens.
            if (await antiforgery.IsRequestValidAsync(http))
            {
                await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            }

            return Results.LocalRedirect("/");
        }).DisableAntiforgery();
        return endpoints;
    }

    /// <summary>The sign-in page, telling what went wrong and where to go afterwards.</summary>
    public static string LoginPage(string error, string returnUrl) =>
        $"/login?error={error}&returnUrl={Uri.EscapeDataString(returnUrl)}";
}
