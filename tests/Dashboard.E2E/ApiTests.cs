using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Dashboard.E2E;

/// <summary>The JSON API of the running app: per-record answers to posted articles, and parameters checked by name.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ApiTests(BrowserFixture fixture)
{
    [Fact]
    public async Task PostedArticlesAreAnsweredRecordByRecord()
    {
        using var http = new HttpClient { BaseAddress = fixture.Address };
        var body = """
            {"id": "api-1", "title": "اجتماع في الرياض", "source": "واس", "date": "2026-11-20 09:00:00", "body": "عقد وزراء الخارجية العرب اجتماعا في الرياض."}
            {"id": "api-1", "title": "اجتماع في الرياض", "source": "واس", "date": "2026-11-20 09:00:00", "body": "عقد وزراء الخارجية العرب اجتماعا في الرياض."}
            {"id": "api-2", "title": "", "source": "واس", "date": "2026-11-20", "body": "نص"}
            """;

        using var response = await http.PostAsync("api/articles", new StringContent(body, Encoding.UTF8, "application/x-ndjson"));
        var results = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var statuses = results.EnumerateArray().OrderBy(r => r.GetProperty("record").GetInt32()).Select(r => r.GetProperty("status").GetString()).ToList();
        Assert.Equal(["added", "duplicate", "rejected"], statuses);
        var sources = await http.GetFromJsonAsync<JsonElement>("api/sources?from=2026-11-20&to=2026-11-20");
        Assert.Contains(sources.EnumerateArray(), s => s.GetProperty("source").GetString() == "واس");
    }

    [Fact]
    public async Task TheHealthEndpointSaysTheDatabaseAnswersAndTheSchemaIsCurrent()
    {
        using var http = new HttpClient { BaseAddress = fixture.Address };
        using var response = await http.GetAsync("health");
        var health = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("healthy", health.GetProperty("checks").GetProperty("database").GetProperty("status").GetString());
        Assert.True(health.GetProperty("checks").TryGetProperty("background-jobs", out _));
    }

    [Theory]
    [InlineData("/api/volume", "get", "granularity")]
    [InlineData("/api/sources", "get", "source")]
    [InlineData("/api/actors", "get", "kind")]
    [InlineData("/api/casualties", "get", "granularity")]
    [InlineData("/api/articles", "get", "q")]
    public async Task TheOpenApiDocumentDescribesEveryEndpointWithTheFilterParameters(string path, string method, string parameter)
    {
        using var http = new HttpClient { BaseAddress = fixture.Address };
        var document = await http.GetFromJsonAsync<JsonElement>("openapi/v1.json");

        var operation = document.GetProperty("paths").GetProperty(path).GetProperty(method);
        var names = operation.GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()).ToList();
        Assert.Contains(parameter, names);
        Assert.Contains("from", names);
        Assert.Contains("to", names);
        Assert.False(string.IsNullOrWhiteSpace(operation.GetProperty("summary").GetString()));
        Assert.True(document.GetProperty("paths").TryGetProperty("/api/articles", out var articles) && articles.TryGetProperty("post", out _));
    }

    [Theory]
    [InlineData("api/volume?from=2026-13-01", "from")]
    [InlineData("api/volume?granularity=year", "granularity")]
    [InlineData("api/actors?kind=animal", "kind")]
    [InlineData("api/articles?page=0", "page")]
    [InlineData("api/casualties?to='; DROP TABLE articles;--", "to")]
    [InlineData("export/volume.csv?granularity=year", "granularity")]
    [InlineData("export/incidents.csv?limit=5001", "limit")]
    [InlineData("export/actors.csv?from=2026-02-30", "from")]
    public async Task ABadParameterIsRefusedByName(string url, string parameter)
    {
        using var http = new HttpClient { BaseAddress = fixture.Address };

        using var response = await http.GetAsync(url);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(problem.GetProperty("errors").TryGetProperty(parameter, out _));
    }
}
