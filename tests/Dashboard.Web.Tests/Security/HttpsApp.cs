using Microsoft.AspNetCore.Hosting;

namespace Dashboard.Web.Tests.Security;

/// <summary>The secured app configured to insist on HTTPS, as a host terminating TLS itself runs it.</summary>
public sealed class HttpsApp : SecuredApp
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Security:Https", "true");
        builder.UseSetting("https_port", "443");
    }
}
