using Dashboard.Data.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Mvc;

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
        account.MapPost("/login", async ([FromForm] SignInForm form, HttpContext http, UserAccounts users, ILoggerFactory loggers) =>
        {
            var log = loggers.CreateLogger(typeof(AccountEndpoints));
            var returnUrl = LocalReturnUrl.From(form.ReturnUrl);
            var result = await users.SignInAsync(form.UserName ?? "", form.Password ?? "", http.RequestAborted);
            var address = http.Connection.RemoteIpAddress?.ToString();
            switch (result.Status)
            {
                case SignInStatus.Succeeded:
                    await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, UserClaims.For(result.User!));
                    log.LogInformation("Signed in {User} as {Role} from {Address}", result.User!.UserName, UserAccounts.RoleText(result.User.Role), address);
                    return Results.LocalRedirect(returnUrl);
                case SignInStatus.LockedOut:
                    log.LogWarning("Sign-in refused for {User} from {Address}: locked until {Until}", form.UserName, address, result.LockedUntil);
                    return Results.LocalRedirect(LoginPage(SignInError.Locked, returnUrl));
                default:
                    log.LogWarning("Sign-in failed for {User} from {Address}", form.UserName, address);
                    return Results.LocalRedirect(LoginPage(SignInError.Failed, returnUrl));
            }
        }).RequireRateLimiting(SignInLimit);

        // No fields to bind, so the antiforgery check is asked for explicitly: no other site may sign a user out.
        account.MapPost("/logout", async (HttpContext http) =>
        {
            await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return Results.LocalRedirect("/");
        }).WithMetadata(new RequireAntiforgeryTokenAttribute());
        return endpoints;
    }

    /// <summary>The sign-in page, telling what went wrong and where to go afterwards.</summary>
    public static string LoginPage(string error, string returnUrl) =>
        $"/login?error={error}&returnUrl={Uri.EscapeDataString(returnUrl)}";
}
