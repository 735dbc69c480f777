using System.Globalization;
using System.Security.Claims;
using Dashboard.Data.Security;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Dashboard.Web.Security;

/// <summary>What a sign-in cookie carries: the user's id, name, role and security stamp.</summary>
public static class UserClaims
{
    /// <summary>The claim holding the stamp that must still match the stored one.</summary>
    public const string StampClaim = "dashboard:stamp";

    /// <summary>The signed-in principal of <paramref name="user"/>.</summary>
    public static ClaimsPrincipal For(UserAccount user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var identity = new ClaimsIdentity(
        [
            new Claim(ClaimTypes.NameIdentifier, user.Id.ToString(CultureInfo.InvariantCulture)),
            new Claim(ClaimTypes.Name, user.UserName),
            new Claim(ClaimTypes.Role, UserAccounts.RoleText(user.Role)),
            new Claim(StampClaim, user.SecurityStamp),
        ], CookieAuthenticationDefaults.AuthenticationScheme);
        return new ClaimsPrincipal(identity);
    }

    /// <summary>The role of a signed-in principal, or null for anyone else.</summary>
    public static UserRole? RoleOf(ClaimsPrincipal? principal) =>
        principal?.Identity?.IsAuthenticated == true ? UserAccounts.ParseRole(principal.FindFirstValue(ClaimTypes.Role)) : null;

    /// <summary>Whether <paramref name="principal"/> still matches the stored user: same stamp, so same role and password.</summary>
    public static async Task<bool> StillValidAsync(ClaimsPrincipal principal, UserAccounts users, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(principal);
        ArgumentNullException.ThrowIfNull(users);
        if (!long.TryParse(principal.FindFirstValue(ClaimTypes.NameIdentifier), NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            return false;
        }

        var stored = await users.FindAsync(id, cancellationToken);
        return stored is not null && stored.SecurityStamp == principal.FindFirstValue(StampClaim);
    }
}
