using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Dashboard.Web.Tests.Health;

/// <summary>The real app in process over a database the test chooses, which may be unreachable or broken.</summary>
internal sealed class AppOnDatabase(string provider, string connectionString) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Database:Provider", provider);
        builder.UseSetting("ConnectionStrings:Dashboard", connectionString);
        builder.UseSetting("Demo:SeedWhenEmpty", "false");
        builder.UseSetting("Live:PollSeconds", "0");
        // These tests break the database under the app; a kept answer would be served over the outage until it aged.
        builder.UseSetting("Database:QueryCacheSeconds", "0");
        builder.UseSetting("Logging:LogLevel:Default", "None");
    }
}
