using Dashboard.Data.Security;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Web.Tests.Security;

/// <summary>
/// The real app in process, as a deployment runs it: Production, anonymous viewing off, over a
/// temporary SQLite database with no demo corpus, and one user of each role.
/// </summary>
public class SecuredApp : AppInTemporaryFolder
{
    public const string Password = "كلمة-سر-طويلة-2017";

    private readonly SemaphoreSlim _seeding = new(1, 1);
    private bool _seeded;

    /// <summary>Sign-in attempts allowed per minute; high, so only the throttling test meets the limit.</summary>
    protected virtual int SignInAttemptsPerMinute => 1000;

    public UserAccounts Users => Services.GetRequiredService<UserAccounts>();

    public ApiKeys Keys => Services.GetRequiredService<ApiKeys>();

    /// <summary>A client that keeps cookies and shows redirects instead of following them.</summary>
    public async Task<HttpClient> ClientAsync()
    {
        await EnsureUsersAsync();
        return CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("ConnectionStrings:Dashboard", ConnectionString);
        builder.UseSetting("Demo:SeedWhenEmpty", "false");
        builder.UseSetting("Security:AnonymousViewing", "false");
        builder.UseSetting("Security:SignInAttemptsPerMinute", SignInAttemptsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Security:LockoutFailures", "3");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
    }

    private async Task EnsureUsersAsync()
    {
        await _seeding.WaitAsync();
        try
        {
            if (!_seeded)
            {
                _ = Server; // starts the host, which migrates the database
                foreach (var role in Enum.GetValues<UserRole>())
                {
                    await Users.AddAsync(UserAccounts.RoleText(role), Password, role);
                }

                _seeded = true;
            }
        }
        finally
        {
            _seeding.Release();
        }
    }
}
