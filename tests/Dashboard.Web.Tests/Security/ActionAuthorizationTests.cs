using System.Security.Claims;
using Dashboard.Data.Security;
using Dashboard.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Web.Tests.Security;

/// <summary>
/// The check every editing handler makes before it changes anything (actor curation, outlets, upload,
/// re-extraction, the admin page), with the app's own policies and anonymous viewing off.
/// </summary>
public sealed class ActionAuthorizationTests(SecuredApp app) : IClassFixture<SecuredApp>
{
    [Theory]
    [InlineData(null, Policies.Edit, false)]
    [InlineData(UserRole.Viewer, Policies.Edit, false)]
    [InlineData(UserRole.Editor, Policies.Edit, true)]
    [InlineData(UserRole.Admin, Policies.Edit, true)]
    [InlineData(null, Policies.Administer, false)]
    [InlineData(UserRole.Viewer, Policies.Administer, false)]
    [InlineData(UserRole.Editor, Policies.Administer, false)]
    [InlineData(UserRole.Admin, Policies.Administer, true)]
    [InlineData(null, Policies.View, false)]
    [InlineData(UserRole.Viewer, Policies.View, true)]
    public async Task AnActionGoesAheadOnlyForTheRolesItsPolicyNames(UserRole? role, string policy, bool allowed)
    {
        await app.ClientAsync();
        var user = role is { } r
            ? UserClaims.For(new UserAccount(1, "محرر", r, "stamp", null, DateTimeOffset.UnixEpoch))
            : new ClaimsPrincipal(new ClaimsIdentity());
        var access = new ActionAuthorization(new FixedAuthenticationState(user), app.Services.GetRequiredService<IAuthorizationService>());

        var refused = await Record.ExceptionAsync(() => access.EnsureAsync(policy));

        if (allowed)
        {
            Assert.Null(refused);
        }
        else
        {
            Assert.Contains(policy, Assert.IsType<UnauthorizedAccessException>(refused).Message, StringComparison.Ordinal);
        }
    }
}
