using Microsoft.AspNetCore.Authorization;

namespace Dashboard.Web.Security;

/// <summary>May see the dashboard: any signed-in role, a read API key, or anyone while anonymous viewing is on.</summary>
public sealed class ViewRequirement : IAuthorizationRequirement;
