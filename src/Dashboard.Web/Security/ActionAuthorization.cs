using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Authorization;

namespace Dashboard.Web.Security;

/// <summary>
/// Checks a policy again inside a component's handler, on the server, before it changes anything: the
/// page's own authorization decides who sees the buttons, this decides what a click may do.
/// </summary>
public sealed class ActionAuthorization(AuthenticationStateProvider authentication, IAuthorizationService authorization)
{
    /// <summary>Throws <see cref="UnauthorizedAccessException"/> unless the circuit's user meets <paramref name="policy"/>.</summary>
    public async Task EnsureAsync(string policy)
    {
        var state = await authentication.GetAuthenticationStateAsync();
        if (!(await authorization.AuthorizeAsync(state.User, null, policy)).Succeeded)
        {
            throw new UnauthorizedAccessException($"this needs the {policy} permission, which {state.User.Identity?.Name ?? "an anonymous visitor"} does not have");
        }
    }
}
