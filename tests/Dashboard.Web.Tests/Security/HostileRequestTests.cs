using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Dashboard.Web.Tests.Security;

public sealed class HostileRequestTests(DemoApp app) : IClassFixture<DemoApp>
{
    [Theory]
    [InlineData("source", "' OR 1=1 --")]
    [InlineData("source", "x'); DROP TABLE articles; --")]
    [InlineData("actor", "' UNION SELECT name, 1 FROM sqlite_master --")]
    [InlineData("actor", "\"; DELETE FROM sources; --")]
    public async Task SqlInAFilterIsAValueThatMatchesNothingAndChangesNothing(string parameter, string value)
    {
        using var client = app.CreateClient();
        var before = await TotalAsync(client, "/api/sources");

        var filtered = await client.GetFromJsonAsync<JsonElement>($"/api/sources?{parameter}={Uri.EscapeDataString(value)}");
        var volume = await client.GetAsync(new Uri($"/api/volume?granularity=week&{parameter}={Uri.EscapeDataString(value)}", UriKind.Relative));

        Assert.True(before > 0);
        Assert.Equal(0, filtered.EnumerateArray().Sum(s => s.GetProperty("articles").GetInt64()));
        Assert.Equal(HttpStatusCode.OK, volume.StatusCode);
        Assert.Equal(before, await TotalAsync(client, "/api/sources"));
    }

    [Theory]
    [InlineData("\"بغداد")]
    [InlineData("NEAR(بغداد الرياض)")]
    [InlineData("بغداد*) OR (*")]
    [InlineData("-بغداد")]
    [InlineData("'; DROP TABLE articles; --")]
    [InlineData("title:بغداد ^ {}")]
    public async Task SearchSyntaxInTheQueryIsReadAsWordsNeverAsCommands(string query)
    {
        using var client = app.CreateClient();

        using var response = await client.GetAsync(new Uri($"/api/articles?q={Uri.EscapeDataString(query)}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("total").GetInt64() >= 0);
    }

    [Theory]
    [InlineData("/api/volume?granularity=day;DROP", "granularity")]
    [InlineData("/api/actors?kind=person'--", "kind")]
    [InlineData("/api/actors?limit=1;DELETE", "limit")]
    [InlineData("/api/articles?page=-1", "page")]
    public async Task AMalformedParameterIsRefusedByName(string address, string parameter)
    {
        using var client = app.CreateClient();

        using var response = await client.GetAsync(new Uri(address, UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(parameter, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeeplyNestedJsonIsRejectedPerRecordAndTheGoodRecordKept()
    {
        using var client = app.CreateClient();
        var nested = """{"id":"nest-bad","title":""" + new string('[', 5000) + new string(']', 5000) + "}";
        var good = """{"id":"nest-good","title":"خبر سليم","source":"راي اليوم","date":"2026-11-20 10:00:00","body":"نص الخبر السليم."}""";

        using var response = await client.PostAsync(new Uri("/api/articles", UriKind.Relative),
            new StringContent(nested + "\n" + good + "\n", Encoding.UTF8, "application/x-ndjson"));
        var results = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(results.EnumerateArray(), r => r.GetProperty("status").GetString() == "rejected" && r.GetProperty("record").GetInt32() == 1);
        Assert.Contains(results.EnumerateArray(), r => r.GetProperty("status").GetString() == "added");
    }

    [Fact]
    public async Task AnOversizedBodyIsRefusedBeforeItIsRead()
    {
        using var client = app.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/articles", UriKind.Relative)) { Content = new StreamContent(new MemoryStream(new byte[64 * 1024 * 1024])) };
        request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/x-ndjson");

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    private static async Task<long> TotalAsync(HttpClient client, string address) =>
        (await client.GetFromJsonAsync<JsonElement>(address)).EnumerateArray().Sum(s => s.GetProperty("articles").GetInt64());
}
