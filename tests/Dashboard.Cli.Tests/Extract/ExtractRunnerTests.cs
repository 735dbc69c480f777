using System.Text.Json;
using Dashboard.Cli.Extract;
using Dashboard.Core.Extraction;

namespace Dashboard.Cli.Tests.Extract;

public sealed class ExtractRunnerTests
{
    [Fact]
    public async Task EveryLineInGetsOneLineOutInOrderWithItsId()
    {
        var output = await RunAsync(
            """
            {"id": "a1", "text": "مقتل اكثر من 80 مقاتلا"}
            {"id": 7, "title": "عنوان", "body": "نص"}
            {"id": "a3", "body": "نص فقط"}
            """);

        Assert.Equal(["\"a1\"", "7", "\"a3\""], output.Select(o => o.GetProperty("id").GetRawText()));
        Assert.All(output, o => Assert.Equal(JsonValueKind.Array, o.GetProperty("actors").ValueKind));
        Assert.All(output, o => Assert.Equal(JsonValueKind.Array, o.GetProperty("casualties").ValueKind));
    }

    [Theory]
    [InlineData("not json", "line", "not a JSON object")]
    [InlineData("[1, 2]", "line", "not a JSON object")]
    [InlineData("{\"text\": \"مقتل جندي\"}", "line", "no \\\"id\\\"")]
    [InlineData("{\"id\": \"b1\"}", "id", "none of the text fields")]
    [InlineData("{\"id\": \"b2\", \"text\": 42}", "id", "none of the text fields")]
    public async Task AMalformedLineGetsAnErrorAndTheRunGoesOn(string bad, string locator, string message)
    {
        var output = await RunAsync($"{{\"id\": \"ok1\", \"text\": \"نص\"}}\n{bad}\n{{\"id\": \"ok2\", \"text\": \"نص\"}}");

        Assert.Equal(3, output.Count);
        Assert.Equal("ok1", output[0].GetProperty("id").GetString());
        Assert.Equal("ok2", output[2].GetProperty("id").GetString());
        var error = output[1];
        Assert.Contains(message, error.GetProperty("error").GetRawText(), StringComparison.Ordinal);
        if (locator == "line")
        {
            Assert.Equal(2, error.GetProperty("line").GetInt32());
        }
        else
        {
            Assert.True(error.TryGetProperty("id", out _));
        }
    }

    [Fact]
    public async Task BlankLinesAreSkipped() =>
        Assert.Single(await RunAsync("\n\n{\"id\": \"a\", \"text\": \"نص\"}\n\n"));

    [Fact]
    public async Task FactsAreWrittenWithTheirFieldOffsetsAndNullsSpelledOut()
    {
        var analyzer = new FixedAnalyzer(new TextFacts(
            [new ActorMention(12, 23, "اشتون كارتر", ActorKind.Person, "أشتون كارتر")],
            [new CasualtyFact(0, 22, "مقتل اكثر من 80 مقاتلا", "killed", 81, null, false, "fighters")]));

        var line = Assert.Single(await RunAsync("{\"id\": \"a1\", \"title\": \"ت\", \"body\": \"ن\"}", analyzer));

        var actors = line.GetProperty("actors").EnumerateArray().ToList();
        Assert.Equal(["title", "body"], actors.Select(a => a.GetProperty("field").GetString()));
        Assert.Equal("person", actors[0].GetProperty("kind").GetString());
        Assert.Equal("أشتون كارتر", actors[0].GetProperty("canonical").GetString());
        var casualty = line.GetProperty("casualties")[0];
        Assert.Equal(81, casualty.GetProperty("min").GetInt32());
        Assert.Equal(JsonValueKind.Null, casualty.GetProperty("max").ValueKind);
        Assert.False(casualty.GetProperty("approx").GetBoolean());
        Assert.Equal("fighters", casualty.GetProperty("group").GetString());
    }

    [Fact]
    public async Task ArabicIsWrittenAsIsNotEscaped()
    {
        var analyzer = new FixedAnalyzer(new TextFacts([new ActorMention(0, 5, "بغداد", ActorKind.Place, "بغداد")], []));
        var writer = new StringWriter();

        await new ExtractRunner(analyzer).RunAsync(new StringReader("{\"id\": \"a\", \"text\": \"بغداد\"}"), writer);

        Assert.Contains("\"بغداد\"", writer.ToString(), StringComparison.Ordinal);
    }

    private static async Task<List<JsonElement>> RunAsync(string input, ITextAnalyzer? analyzer = null)
    {
        var writer = new StringWriter();
        await new ExtractRunner(analyzer ?? new NewsTextAnalyzer()).RunAsync(new StringReader(input), writer);
        return [.. writer.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.Clone())];
    }

    private sealed class FixedAnalyzer(TextFacts facts) : ITextAnalyzer
    {
        public TextFacts Analyze(string text) => facts;
    }
}
