using System.Net;
using System.Text.RegularExpressions;

namespace Dashboard.Web.Tests.Security;

/// <summary>Fills in the sign-in page as a browser would: the antiforgery token from the page, then the post.</summary>
internal static partial class SignInForm
{
    /// <summary>The antiforgery token of a page with a form.</summary>
    public static async Task<string> TokenAsync(HttpClient client, string page = "/login")
    {
        var html = await client.GetStringAsync(page);
        return WebUtility.HtmlDecode(Token().Match(html) is { Success: true } match ? match.Groups["value"].Value
            : throw new InvalidOperationException($"{page} has no antiforgery token"));
    }

    /// <summary>Posts the sign-in form; returns the response, a redirect either way.</summary>
    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string userName, string password, string returnUrl = "/", bool withToken = true)
    {
        var fields = new Dictionary<string, string> { ["UserName"] = userName, ["Password"] = password, ["ReturnUrl"] = returnUrl };
        if (withToken)
        {
            fields["__RequestVerificationToken"] = await TokenAsync(client);
        }

        using var form = new FormUrlEncodedContent(fields);
        return await client.PostAsync(new Uri("/account/login", UriKind.Relative), form);
    }

    /// <summary>Signs in and checks that it worked.</summary>
    public static async Task SignInAsync(HttpClient client, string userName)
    {
        using var response = await PostAsync(client, userName, SecuredApp.Password);
        if (response.StatusCode != HttpStatusCode.Redirect || response.Headers.Location?.OriginalString != "/")
        {
            throw new InvalidOperationException($"signing in as {userName} gave {response.StatusCode} to {response.Headers.Location}");
        }
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"(?<value>[^\"]+)\"|value=\"(?<value>[^\"]+)\"[^>]*name=\"__RequestVerificationToken\"")]
    private static partial Regex Token();
}
