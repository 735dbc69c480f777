using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Dashboard.Web.Tests.Security;

/// <summary>The app in process as the local demo runs it (Development, anonymous viewing), over 300 demo articles.</summary>
public sealed class DemoApp : WebApplicationFactory<Program>
{
    private readonly string _folder = Directory.CreateTempSubdirectory("dashboard-demo-").FullName;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("ConnectionStrings:Dashboard", $"Data Source={Path.Combine(_folder, "dashboard.db")}");
        builder.UseSetting("Demo:Articles", "300");
        builder.UseSetting("Live:PollSeconds", "0");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A temporary folder left behind is harmless.
        }
    }
}
