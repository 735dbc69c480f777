using Microsoft.AspNetCore.Hosting;

namespace Dashboard.Web.Tests.Security;

/// <summary>The app in process as the local demo runs it (Development, anonymous viewing), over 300 demo articles.</summary>
public sealed class DemoApp : AppInTemporaryFolder
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("ConnectionStrings:Dashboard", ConnectionString);
        builder.UseSetting("Demo:Articles", "300");
        builder.UseSetting("Live:PollSeconds", "0");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
    }
}
