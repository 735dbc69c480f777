using Dashboard.Data.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace Dashboard.Web.Security;

/// <summary>Decides <see cref="ViewRequirement"/>; an HTTP request may also present a read key as <c>X-Api-Key</c>.</summary>
public sealed class ViewRequirementHandler(IOptionsMonitor<SecurityOptions> options, ApiKeys keys) : AuthorizationHandler<ViewRequirement>
{
    /// <inheritdoc />
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, ViewRequirement requirement)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (options.CurrentValue.AnonymousViewing || UserClaims.RoleOf(context.User) is not null)
        {
            context.Succeed(requirement);
            return;
        }

        if (context.Resource is HttpContext http && http.Request.Headers.TryGetValue(Api.IngestAuthorization.Header, out var presented)
            && await keys.AllowsAsync(presented.ToString(), ApiKeys.ReadScope, http.RequestAborted))
        {
            context.Succeed(requirement);
        }
    }
}
