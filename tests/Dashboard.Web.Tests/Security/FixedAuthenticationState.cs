using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;

namespace Dashboard.Web.Tests.Security;

/// <summary>A circuit's authentication state fixed by the test: who is clicking.</summary>
internal sealed class FixedAuthenticationState(ClaimsPrincipal user) : AuthenticationStateProvider
{
    public override Task<AuthenticationState> GetAuthenticationStateAsync() => Task.FromResult(new AuthenticationState(user));
}
