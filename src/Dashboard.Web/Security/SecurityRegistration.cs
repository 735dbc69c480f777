using System.Threading.RateLimiting;
using Dashboard.Data.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Authorization;

namespace Dashboard.Web.Security;

/// <summary>Sign-in cookies, the three policies, sign-in rate limiting, HTTPS when configured.</summary>
public static class SecurityRegistration
{
    /// <summary>Registers authentication and authorization.</summary>
    public static IHostApplicationBuilder AddDashboardSecurity(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var section = builder.Configuration.GetSection(SecurityOptions.Section);
        var settings = section.Get<SecurityOptions>() ?? new SecurityOptions();
        builder.Services.Configure<SecurityOptions>(section);
        builder.Services.AddSingleton(new LockoutPolicy(settings.LockoutFailures, TimeSpan.FromMinutes(settings.LockoutMinutes)));

        builder.Services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme).AddCookie(options =>
        {
            options.Cookie.Name = "dashboard.signin";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.ExpireTimeSpan = TimeSpan.FromHours(settings.SignInHours);
            options.SlidingExpiration = true;
            options.LoginPath = "/login";
            options.AccessDeniedPath = "/denied";
            options.ReturnUrlParameter = "returnUrl";
            options.Events = new CookieAuthenticationEvents
            {
                // Scripts get a status code, not a sign-in page.
                OnRedirectToLogin = context => RedirectOrStatus(context, StatusCodes.Status401Unauthorized),
                OnRedirectToAccessDenied = context => RedirectOrStatus(context, StatusCodes.Status403Forbidden),
                OnValidatePrincipal = async context =>
                {
                    // Authentication runs for every request, static files included: the stamp is checked (one
                    // query) only where rights matter, on endpoints with a policy and on the circuit's hub.
                    if (context.HttpContext.GetEndpoint()?.Metadata.GetMetadata<IAuthorizeData>() is null
                        && !context.Request.Path.StartsWithSegments("/_blazor"))
                    {
                        return;
                    }

                    var users = context.HttpContext.RequestServices.GetRequiredService<UserAccounts>();
                    if (context.Principal is null || !await UserClaims.StillValidAsync(context.Principal, users, context.HttpContext.RequestAborted))
                    {
                        context.RejectPrincipal();
                        await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
                    }
                },
            };
        });

        builder.Services.AddSingleton<IAuthorizationHandler, ViewRequirementHandler>();
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(Policies.View, policy => policy.AddRequirements(new ViewRequirement()))
            .AddPolicy(Policies.Edit, policy => policy.RequireRole(UserAccounts.RoleText(UserRole.Editor), UserAccounts.RoleText(UserRole.Admin)))
            .AddPolicy(Policies.Administer, policy => policy.RequireRole(UserAccounts.RoleText(UserRole.Admin)));
        builder.Services.AddCascadingAuthenticationState();
        builder.Services.AddScoped<AuthenticationStateProvider, RevalidatingUserStateProvider>();
        builder.Services.AddScoped<ActionAuthorization>();

        builder.Services.AddRateLimiter(options =>
        {
            options.AddPolicy(AccountEndpoints.SignInLimit, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = settings.SignInAttemptsPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
            options.OnRejected = (context, _) =>
            {
                context.HttpContext.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(SecurityRegistration))
                    .LogWarning("Sign-in attempts from {Address} throttled", context.HttpContext.Connection.RemoteIpAddress);
                context.HttpContext.Response.Redirect(AccountEndpoints.LoginPage(SignInError.Throttled, "/"));
                return ValueTask.CompletedTask;
            };
        });

        if (settings.Https)
        {
            builder.Services.AddHsts(options => options.MaxAge = TimeSpan.FromDays(365));
        }

        return builder;
    }

    /// <summary>The security middleware, in the order it must run: HTTPS, then who is asking, then what they may do.</summary>
    public static WebApplication UseDashboardSecurity(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<SecurityOptions>>().Value.Https)
        {
            app.UseHsts();
            app.UseHttpsRedirection();
        }

        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        return app;
    }

    private static Task RedirectOrStatus(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        var path = context.Request.Path;
        if (path.StartsWithSegments("/api") || path.StartsWithSegments("/export"))
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        }

        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}
