namespace Dashboard.Web.Tests.Security;

public sealed class ThrottlingTests(ThrottledApp app) : IClassFixture<ThrottledApp>
{
    [Fact]
    public async Task SignInAttemptsBeyondTheLimitPerMinuteAreTurnedBackBeforeAnyPasswordIsChecked()
    {
        using var client = await app.ClientAsync();
        var answers = new List<string>();
        for (var i = 0; i <= ThrottledApp.Limit; i++)
        {
            using var response = i < ThrottledApp.Limit
                ? await SignInForm.PostAsync(client, "nobody-" + i, "wrong-password")
                : await SignInForm.PostAsync(client, "viewer", SecuredApp.Password);
            answers.Add(response.Headers.Location!.OriginalString);
        }

        Assert.All(answers.Take(ThrottledApp.Limit), answer => Assert.StartsWith("/login?error=failed", answer, StringComparison.Ordinal));
        Assert.StartsWith("/login?error=throttled", answers[^1], StringComparison.Ordinal);
    }
}
