using Dashboard.Data.Security;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;

namespace Dashboard.Web.Security;

/// <summary>
/// Checks an open circuit's user against the database every minute, so a user removed, demoted or
/// given a new password loses an open dashboard too, not only their next request.
/// </summary>
public sealed class RevalidatingUserStateProvider(ILoggerFactory loggerFactory, UserAccounts users) : RevalidatingServerAuthenticationStateProvider(loggerFactory)
{
    /// <inheritdoc />
    protected override TimeSpan RevalidationInterval => TimeSpan.FromMinutes(1);

    /// <inheritdoc />
    protected override Task<bool> ValidateAuthenticationStateAsync(AuthenticationState authenticationState, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(authenticationState);
        return authenticationState.User.Identity?.IsAuthenticated == true
            ? UserClaims.StillValidAsync(authenticationState.User, users, cancellationToken)
            : Task.FromResult(true);
    }
}
