using Dashboard.Web.Security;

namespace Dashboard.Web.Tests.Security;

public sealed class LocalReturnUrlTests
{
    [Theory]
    [InlineData("/actor/7?from=2017-01-01", "/actor/7?from=2017-01-01")]
    [InlineData("/", "/")]
    [InlineData(null, "/")]
    [InlineData("", "/")]
    [InlineData("//evil.example", "/")]
    [InlineData("/\\evil.example", "/")]
    [InlineData("http://evil.example/", "/")]
    [InlineData("javascript:alert(1)", "/")]
    [InlineData("/\u0000//evil.example", "/")]
    [InlineData("actors", "/")]
    public void OnlyAPathOfThisAppIsAReturnAddress(string? returnUrl, string expected) =>
        Assert.Equal(expected, LocalReturnUrl.From(returnUrl));
}
