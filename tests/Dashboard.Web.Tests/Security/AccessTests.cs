using System.Net;
using Dashboard.Data.Security;

namespace Dashboard.Web.Tests.Security;

public sealed class AccessTests(SecuredApp app) : IClassFixture<SecuredApp>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/upload")]
    [InlineData("/actors")]
    [InlineData("/outlets")]
    [InlineData("/admin")]
    [InlineData("/actor/1")]
    [InlineData("/articles/1")]
    [InlineData("/outlet/1")]
    public async Task AnAnonymousVisitorIsSentToSignInFromEveryPage(string page)
    {
        using var client = await app.ClientAsync();

        using var response = await client.GetAsync(new Uri(page, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/login?returnUrl={Uri.EscapeDataString(page)}", response.Headers.Location!.PathAndQuery);
    }

    [Theory]
    [InlineData("/api/sources")]
    [InlineData("/api/volume?granularity=day")]
    [InlineData("/api/actors?kind=person")]
    [InlineData("/api/casualties")]
    [InlineData("/api/articles?q=بغداد")]
    [InlineData("/export/sources.csv")]
    [InlineData("/export/actors.xlsx")]
    public async Task AnAnonymousScriptIsRefusedByTheApiAndTheExportsWithAStatusNotAPage(string address)
    {
        using var client = await app.ClientAsync();

        using var response = await client.GetAsync(new Uri(address, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task AnAnonymousWriteThroughTheApiIsRefused()
    {
        using var client = await app.ClientAsync();
        using var body = new StringContent("""{"title":"عنوان","source":"راي اليوم","date":"2017-01-19","body":"نص"}""", System.Text.Encoding.UTF8, "application/json");

        using var response = await client.PostAsync(new Uri("/api/articles", UriKind.Relative), body);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("viewer", "/", true)]
    [InlineData("viewer", "/api/sources", true)]
    [InlineData("viewer", "/upload", false)]
    [InlineData("viewer", "/actors", false)]
    [InlineData("viewer", "/outlets", false)]
    [InlineData("viewer", "/admin", false)]
    [InlineData("editor", "/upload", true)]
    [InlineData("editor", "/actors", true)]
    [InlineData("editor", "/outlets", true)]
    [InlineData("editor", "/admin", false)]
    [InlineData("admin", "/admin", true)]
    [InlineData("admin", "/upload", true)]
    public async Task EachRoleOpensItsPagesAndIsRefusedTheOthers(string role, string page, bool allowed)
    {
        using var client = await app.ClientAsync();
        await SignInForm.SignInAsync(client, role);

        using var response = await client.GetAsync(new Uri(page, UriKind.Relative));

        if (allowed)
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
        else
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/denied", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("editor", "wrong-password-123")]
    [InlineData("nobody", SecuredApp.Password)]
    [InlineData("' OR 1=1 --", "x")]
    public async Task AWrongNameOrPasswordComesBackToTheSignInPageSayingSo(string userName, string password)
    {
        using var client = await app.ClientAsync();

        using var response = await SignInForm.PostAsync(client, userName, password, "/upload");
        using var after = await client.GetAsync(new Uri("/upload", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/login?error=failed&returnUrl=%2Fupload", response.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
    }

    [Fact]
    public async Task TheSignInPageShowsWhyTheLastAttemptFailed()
    {
        using var client = await app.ClientAsync();

        var page = WebUtility.HtmlDecode(await client.GetStringAsync(new Uri("/login?error=failed", UriKind.Relative)));

        Assert.Contains("اسم المستخدم أو كلمة المرور غير صحيحة", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASignInWithoutTheAntiforgeryTokenIsTurnedBackWithoutSigningIn()
    {
        using var client = await app.ClientAsync();

        using var response = await SignInForm.PostAsync(client, "admin", SecuredApp.Password, withToken: false);

        Assert.Equal("/login?error=expired&returnUrl=%2F", response.Headers.Location!.OriginalString);
        Assert.False(response.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith("dashboard.signin=", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("//evil.example/", "/")]
    [InlineData("/\\evil.example", "/")]
    [InlineData("https://evil.example/", "/")]
    [InlineData("/actor/1?from=2017-01-01", "/actor/1?from=2017-01-01")]
    public async Task AfterSigningInOnlyAPathOfThisAppIsFollowed(string returnUrl, string expected)
    {
        using var client = await app.ClientAsync();

        using var response = await SignInForm.PostAsync(client, "viewer", SecuredApp.Password, returnUrl);

        Assert.Equal(expected, response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task ASignOutFromAnotherSiteWithoutTheTokenChangesNothing()
    {
        using var client = await app.ClientAsync();
        await SignInForm.SignInAsync(client, "editor");

        using var form = new FormUrlEncodedContent(new Dictionary<string, string>());
        using var forged = await client.PostAsync(new Uri("/account/logout", UriKind.Relative), form);
        using var after = await client.GetAsync(new Uri("/upload", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
    }

    [Fact]
    public async Task SigningOutEndsTheSignIn()
    {
        using var client = await app.ClientAsync();
        await SignInForm.SignInAsync(client, "editor");
        var token = await SignInForm.TokenAsync(client, "/upload");

        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token });
        using var signedOut = await client.PostAsync(new Uri("/account/logout", UriKind.Relative), form);
        using var after = await client.GetAsync(new Uri("/upload", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith("/login", after.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AReadKeyReadsTheApiAndTheExportsButAnIngestKeyDoesNot()
    {
        using var client = await app.ClientAsync();
        var (_, read) = await app.Keys.CreateAsync("لوحة المراقبة", ApiKeys.ReadScope);
        var (_, ingest) = await app.Keys.CreateAsync("مزود الأخبار", ApiKeys.IngestScope);

        Assert.Equal(HttpStatusCode.OK, await StatusWithKeyAsync(client, "/api/sources", read));
        Assert.Equal(HttpStatusCode.OK, await StatusWithKeyAsync(client, "/export/sources.csv", read));
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusWithKeyAsync(client, "/api/sources", ingest));
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusWithKeyAsync(client, "/api/sources", read + "x"));
    }

    [Fact]
    public async Task ARoleChangeEndsTheSignInMadeWithTheOldRole()
    {
        await app.ClientAsync();
        await app.Users.AddAsync("مراسل", SecuredApp.Password, UserRole.Editor);
        using var client = await app.ClientAsync();
        await SignInForm.SignInAsync(client, "مراسل");
        using var before = await client.GetAsync(new Uri("/upload", UriKind.Relative));

        await app.Users.SetRoleAsync("مراسل", UserRole.Viewer);
        using var after = await client.GetAsync(new Uri("/upload", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith("/login", after.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARemovedUsersSignInStopsWorkingAtOnce()
    {
        await app.ClientAsync();
        await app.Users.AddAsync("محرر سابق", SecuredApp.Password, UserRole.Editor);
        using var client = await app.ClientAsync();
        await SignInForm.SignInAsync(client, "محرر سابق");

        await app.Users.RemoveAsync("محرر سابق");
        using var after = await client.GetAsync(new Uri("/api/sources", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
    }

    [Fact]
    public async Task RepeatedWrongPasswordsLockTheAccountAndThePageSaysSo()
    {
        await app.ClientAsync();
        await app.Users.AddAsync("هدف", SecuredApp.Password, UserRole.Viewer);
        using var client = await app.ClientAsync();
        for (var i = 0; i < 2; i++)
        {
            using var wrong = await SignInForm.PostAsync(client, "هدف", "wrong-password-" + i);
        }

        using var third = await SignInForm.PostAsync(client, "هدف", "wrong-password-3");
        using var right = await SignInForm.PostAsync(client, "هدف", SecuredApp.Password);

        Assert.StartsWith("/login?error=locked", third.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.StartsWith("/login?error=locked", right.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    private static async Task<HttpStatusCode> StatusWithKeyAsync(HttpClient client, string address, string key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(address, UriKind.Relative));
        request.Headers.Add("X-Api-Key", key);
        using var response = await client.SendAsync(request);
        return response.StatusCode;
    }
}
