using CsCheck;
using Dashboard.Core.Extraction;
using Dashboard.Core.Ingest;
using Dashboard.Core.Ingest.Aggregator;
using Dashboard.Core.Ingest.Csv;
using Dashboard.Core.Ingest.Feeds;
using Dashboard.Core.Ingest.Json;
using Dashboard.Core.Search;

namespace Dashboard.Core.Tests.Fuzzing;

/// <summary>
/// Random input for every parser and extractor: each must answer with articles, errors or nothing,
/// never with an unhandled exception. Inputs mix Arabic, both digit sets, the syntax of every format
/// (JSON, CSV, XML, the aggregator's markers) and control characters, so they reach deep paths.
/// <c>DASHBOARD_FUZZ_ITERATIONS</c> raises the count for a fuzzing campaign (the suite runs 5,000 each).
/// </summary>
public sealed class ParserFuzzTests
{
    private const string Alphabet =
        "ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإؤئةىـًٌٍَُِّْ٠١٢٣٤٥٦٧٨٩0123456789" +
        " \t\r\n{}[]\":,;'<>/\\=&#?!.-_()*+@%$" + "abcXYZ\u200F\u200E\u0000\uFEFF" + "،؛؟«»";

    private static readonly DateTimeOffset Now = new(2026, 12, 1, 0, 0, 0, TimeSpan.Zero);

    private static readonly long Iterations = long.TryParse(Environment.GetEnvironmentVariable("DASHBOARD_FUZZ_ITERATIONS"), out var n) ? n : 5_000;

    // Short random text plus fragments that the parsers look for, stitched in random order.
    private static readonly Gen<string> Text = Gen.OneOf(
        Gen.String[Gen.Char[Alphabet], 0, 300],
        Gen.Select(Gen.String[Gen.Char[Alphabet], 0, 80].Array[1, 6], Gen.OneOf(
            "{\"title\":\"", "\",\"body\":\"", "\",\"date\":\"2017-01-19", "\"source\":", "}\n", "[", "]",
            "title,source,date,body\n", "\"\"", "<rss><channel><item><title>", "</title><pubDate>Thu, 19 Jan 2017 10:00:00 +0300</pubDate>",
            "<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry>", "<![CDATA[", "]]>", "&amp;", "&#x0;",
            "مقتل أكثر من 80 مقاتلا", "قتل وجرح العشرات", "19 كانون الثاني 2017", "٢٠١٧-٠١-١٩", "(أ ف ب)", "واشنطن ـ ").Array[0, 6],
            (parts, markers) => string.Concat(parts.Zip(markers.Concat(Enumerable.Repeat("", parts.Length)), (p, m) => p + m))));

    private static readonly NewsTextAnalyzer Analyzer = new();

    [Fact]
    public void TheAggregatorParserNeverThrows() =>
        Text.Sample(text => { _ = AggregatorTextParser.Parse("fuzz.txt", text); }, iter: Iterations);

    [Fact]
    public void TheJsonLinesReaderNeverThrows() =>
        Text.Sample(text => { _ = JsonArticleReader.ReadLines("fuzz.jsonl", new StringReader(text), Now).ToList(); }, iter: Iterations);

    [Fact]
    public void TheJsonArrayReaderNeverThrows() =>
        Text.Sample(text =>
        {
            using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text));
            _ = JsonArticleReader.ReadArray("fuzz.json", stream, Now).ToList();
        }, iter: Iterations);

    [Fact]
    public void TheCsvReaderNeverThrows() =>
        Text.Sample(text => { _ = CsvArticleReader.Read("fuzz.csv", new StringReader(text), ',', null, Now).ToList(); }, iter: Iterations);

    [Fact]
    public void TheFeedReaderNeverThrows() =>
        Text.Sample(text => { _ = FeedArticleReader.Read("fuzz.xml", new StringReader(text), Now); }, iter: Iterations);

    [Fact]
    public void DatesAndCreditsNeverThrow() =>
        Text.Sample(text =>
        {
            _ = PublicationDate.Parse(text);
            _ = Credits.Of(text);
            _ = SourceKey.HostOf(text);
            _ = HtmlText.Strip(text);
        }, iter: Iterations);

    [Fact]
    public void TheExtractorsAndSearchNeverThrowAndKeepOffsetsInsideTheText() =>
        Text.Sample(text =>
        {
            var facts = Analyzer.Analyze(text);
            Assert.All(facts.Casualties, f => Assert.InRange(f.End, f.Start, text.Length));
            Assert.All(facts.Actors, m => Assert.InRange(m.End, m.Start, text.Length));
            _ = SearchTerms.Index(text, text);
            _ = MarkedText.Snippet(text, SearchTerms.OfQuery(text));
        }, iter: Iterations / 5);
}
