using System.Net;

namespace Dashboard.Web.Tests.Security;

public sealed class HttpsTests(HttpsApp app) : IClassFixture<HttpsApp>
{
    [Fact]
    public async Task PlainHttpIsRedirectedToHttpsWhenConfigured()
    {
        using var client = await app.ClientAsync();
        client.BaseAddress = new Uri("http://dashboard.example/");

        using var response = await client.GetAsync(new Uri("/login", UriKind.Relative));

        Assert.Equal(HttpStatusCode.TemporaryRedirect, response.StatusCode);
        Assert.Equal("https://dashboard.example/login", response.Headers.Location!.ToString());
    }

    [Fact]
    public async Task HttpsAnswersCarryStrictTransportSecurity()
    {
        using var client = await app.ClientAsync();
        client.BaseAddress = new Uri("https://dashboard.example/");

        using var response = await client.GetAsync(new Uri("/login", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("max-age=31536000", response.Headers.GetValues("Strict-Transport-Security").Single(), StringComparison.Ordinal);
    }
}
