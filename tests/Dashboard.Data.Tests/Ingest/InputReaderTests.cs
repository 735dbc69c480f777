using System.IO.Compression;
using System.Text;
using Dashboard.Core.Ingest;
using Dashboard.Data.Ingest;

namespace Dashboard.Data.Tests.Ingest;

/// <summary>Every kind of bad input gets an error that says where and what, and the good records of the same input survive.</summary>
public sealed class InputReaderTests : IDisposable
{
    private const string Good = """{"id": "g1", "title": "انفجار في بغداد", "source": "راي اليوم", "date": "2017-01-19 10:00:00", "body": "قتل 3 أشخاص في انفجار."}""";
    private static readonly DateTimeOffset Now = new(2017, 6, 1, 0, 0, 0, TimeSpan.Zero);
    private readonly string _folder = Directory.CreateTempSubdirectory("dashboard-input-").FullName;
    private readonly InputReader _reader = new(new FixedClock(Now));

    static InputReaderTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void AnEmptyFileIsReported() =>
        Assert.Equal("the file is empty", Assert.Single(Read(File("empty.jsonl", []))).Error!.Message);

    [Fact]
    public void ABinaryFileIsReported()
    {
        var bytes = new byte[4096];
        new Random(3).NextBytes(bytes);
        bytes[10] = 0;

        Assert.Contains("binary", Assert.Single(Read(File("image.jsonl", bytes))).Error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ATruncatedLineIsRejectedAndTheLinesBeforeItAreKept()
    {
        var records = Read(File("cut.jsonl", Utf8($"{Good}\n{Good.Replace("g1", "g2", StringComparison.Ordinal)}\n{{\"id\": \"g3\", \"title\": \"عنو")));

        Assert.Equal(2, records.Count(r => r.Article is not null));
        var error = Assert.Single(records, r => r.Error is not null).Error!;
        Assert.Equal((3, true), (error.Line!.Value, error.Message.StartsWith("not valid JSON", StringComparison.Ordinal)));
    }

    [Fact]
    public void ATruncatedJsonArrayIsReportedWithItsLine()
    {
        var error = Assert.Single(Read(File("cut.json", Utf8($"[\n{Good},\n{{\"id\": \"x\"")))).Error!;

        Assert.StartsWith("not valid JSON", error.Message, StringComparison.Ordinal);
        Assert.NotNull(error.Line);
    }

    [Fact]
    public void ARecordWithInvalidUtf8IsRejectedAndTheOthersKept()
    {
        var bytes = Utf8($"{Good}\n").Concat(Utf8("{\"id\": \"bad\", \"title\": \"عنوان ")).Concat(new byte[] { 0xFF, 0xFE }).Concat(Utf8("\", \"source\": \"مصدر\", \"date\": \"2017-01-19\", \"body\": \"نص\"}\n")).ToArray();

        var records = Read(File("broken.jsonl", bytes));

        Assert.Single(records, r => r.Article is not null);
        Assert.Contains("not valid UTF-8", Assert.Single(records, r => r.Error is not null).Error!.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1256)]
    [InlineData(28596)]
    public void LegacyArabicEncodingsAreDetectedAndDecoded(int codePage)
    {
        var text = "id,title,source,date,body\n1,مقتل جندي في هجوم على حاجز للجيش,الجزيرة نت,2017-01-19,قتل جندي وأصيب اثنان آخران في هجوم مسلح على حاجز عسكري قرب المدينة.\n";

        var article = Assert.Single(Read(File("legacy.csv", Encoding.GetEncoding(codePage).GetBytes(text)))).Article!;

        Assert.Equal("مقتل جندي في هجوم على حاجز للجيش", article.Title);
    }

    [Fact]
    public void Utf16WithoutAByteOrderMarkIsRead()
    {
        var bytes = new UnicodeEncoding(bigEndian: false, byteOrderMark: false).GetBytes(Good + "\n");

        Assert.Equal("انفجار في بغداد", Assert.Single(Read(File("wide.jsonl", bytes))).Article!.Title);
    }

    [Fact]
    public void AFeedDeclaringTheWrongEncodingIsReadByItsBytes()
    {
        var rss = """<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>صحيفة الوطن</title><item><title>قمة عربية في القاهرة</title><pubDate>Thu, 19 Jan 2017 10:00:00 GMT</pubDate><description>انعقدت القمة العربية في القاهرة بحضور القادة.</description><link>https://example.org/1</link></item></channel></rss>""";

        var article = Assert.Single(Read(File("feed.xml", Encoding.GetEncoding(1256).GetBytes(rss)))).Article!;

        Assert.Equal(("قمة عربية في القاهرة", "صحيفة الوطن"), (article.Title, article.Source));
    }

    [Fact]
    public void AFiftyMegabyteLineIsRejectedAndTheOtherLinesKept()
    {
        var path = Path.Combine(_folder, "huge.jsonl");
        using (var writer = new StreamWriter(path, false, new UTF8Encoding(false)))
        {
            writer.WriteLine(Good);
            writer.Write('x');
            writer.Write(new string('ب', 25 * 1024 * 1024));
            writer.WriteLine();
            writer.WriteLine(Good.Replace("g1", "g2", StringComparison.Ordinal));
        }

        var records = Read(path);

        Assert.Equal(2, records.Count(r => r.Article is not null));
        Assert.Equal(2, Assert.Single(records, r => r.Error is not null).Error!.Line);
    }

    [Theory]
    [InlineData("""{"id": "a", "source": "مصدر", "date": "2017-01-19", "body": "نص"}""", "'title' is missing")]
    [InlineData("""{"id": "a", "title": "عنوان", "source": "مصدر", "date": "2017-01-19"}""", "'body' (or 'text') is missing")]
    [InlineData("""{"id": "a", "title": "عنوان", "source": "مصدر", "body": "نص"}""", "'date' (or 'published') is missing")]
    [InlineData("""{"id": "a", "title": "عنوان", "date": "2017-01-19", "body": "نص"}""", "'source' (or 'outlet') is missing")]
    [InlineData("""{"id": "a", "title": "عنوان", "source": "مصدر", "date": "الأسبوع الماضي", "body": "نص"}""", "is not a date")]
    [InlineData("""{"id": "a", "title": "عنوان", "source": "مصدر", "date": "2017-02-30", "body": "نص"}""", "is not a date")]
    [InlineData("""{"id": "a", "title": "عنوان", "source": "مصدر", "date": "2030-01-01", "body": "نص"}""", "is in the future")]
    public void AMissingOrImpossibleFieldIsNamedWithTheRecord(string bad, string message)
    {
        var records = Read(File("fields.jsonl", Utf8($"{Good}\n{bad}\n")));

        Assert.Single(records, r => r.Article is not null);
        var error = Assert.Single(records, r => r.Error is not null).Error!;
        Assert.Contains("record 'a'", error.Message, StringComparison.Ordinal);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.Equal(2, error.Line);
    }

    [Theory]
    [InlineData("19 يناير 2017", 2017, 1, 19)]
    [InlineData("الخميس ١٩ كانون الثاني ٢٠١٧ - 10:30", 2017, 1, 19)]
    [InlineData("3 تموز/يوليو 2016", 2016, 7, 3)]
    [InlineData("Thu, 19 Jan 2017 10:00:00 GMT", 2017, 1, 19)]
    [InlineData("2017-01-19T10:00:00+03:00", 2017, 1, 19)]
    public void DatesAreReadInTheirArabicAndFeedForms(string text, int year, int month, int day)
    {
        var published = PublicationDate.Parse(text);

        Assert.Equal(new DateOnly(year, month, day), DateOnly.FromDateTime(published!.Value.DateTime));
    }

    [Fact]
    public void MarkupAndScriptsAreTakenOutOfTitles()
    {
        var record = Good.Replace("انفجار في بغداد", "<b>انفجار</b> في بغداد<script>alert(1)</script>", StringComparison.Ordinal);

        Assert.Equal("انفجار في بغداد", Assert.Single(Read(File("html.jsonl", Utf8(record)))).Article!.Title);
    }

    [Fact]
    public void MojibakeIsRefusedWithAReason()
    {
        var mojibake = Encoding.GetEncoding(1252).GetString(Encoding.UTF8.GetBytes("انفجار كبير في العاصمة بغداد"));
        var record = Good.Replace("انفجار في بغداد", mojibake, StringComparison.Ordinal).Replace("\"g1\"", "\"m1\"", StringComparison.Ordinal);

        var records = Read(File("mojibake.jsonl", Utf8($"{Good}\n{record}\n")));

        Assert.Single(records, r => r.Article is not null);
        Assert.Contains("mojibake", Assert.Single(records, r => r.Error is not null).Error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AZipEntryThatLeavesTheArchiveIsRefusedAndTheOthersRead()
    {
        var path = Zip("traversal.zip", ("ok.jsonl", Utf8(Good)), ("../../evil.jsonl", Utf8(Good)), ("/etc/abs.jsonl", Utf8(Good)));

        var records = Read(path);

        Assert.Single(records, r => r.Article is not null);
        Assert.Equal(2, records.Count(r => r.Error?.Message.Contains("leaves the archive", StringComparison.Ordinal) == true));
    }

    [Fact]
    public void AZipBombIsRefused()
    {
        var path = Zip("bomb.zip", ("ok.jsonl", Utf8(Good)), ("bomb.jsonl", new byte[20 * 1024 * 1024]));

        var records = Read(path);

        Assert.Single(records, r => r.Article is not null);
        Assert.Contains("zip bomb", Assert.Single(records, r => r.Error is not null).Error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CsvColumnsAreMappedByName()
    {
        var csv = "headline\toutlet\twhen\tcontent\nقمة في الرياض\tسبق\t2017-01-19 08:00:00\tانعقدت القمة في الرياض.\n";
        var options = new IngestOptions(CsvMapping: new Dictionary<string, string> { ["title"] = "headline", ["date"] = "when", ["body"] = "content" });

        var article = Assert.Single(_reader.ReadFile(File("mapped.tsv", Utf8(csv)), options)).Article!;

        Assert.Equal(("قمة في الرياض", "سبق"), (article.Title, article.Source));
    }

    [Fact]
    public void AtomFeedsAreRead()
    {
        var atom = """<feed xmlns="http://www.w3.org/2005/Atom"><title>الأناضول</title><id>urn:x</id><updated>2017-01-19T10:00:00Z</updated><entry><id>urn:1</id><title>اتفاق في جنيف</title><updated>2017-01-19T09:00:00Z</updated><summary type="html">&lt;p&gt;توصل الطرفان إلى اتفاق.&lt;/p&gt;</summary></entry></feed>""";

        var article = Assert.Single(Read(File("atom.xml", Utf8(atom)))).Article!;

        Assert.Equal(("اتفاق في جنيف", "الأناضول", "توصل الطرفان إلى اتفاق."), (article.Title, article.Source, article.Body.Trim()));
    }

    [Fact]
    public void AnHtmlPageIsNoFeed() =>
        Assert.Contains("HTML page", Assert.Single(Read(File("page.xml", Utf8("<!DOCTYPE html><html><body>خطأ</body></html>")))).Error!.Message, StringComparison.Ordinal);

    private List<ParsedRecord> Read(string path) => [.. _reader.ReadFile(path, IngestOptions.Default)];

    private string File(string name, byte[] bytes)
    {
        var path = Path.Combine(_folder, name);
        System.IO.File.WriteAllBytes(path, bytes);
        return path;
    }

    private string Zip(string name, params (string Entry, byte[] Bytes)[] entries)
    {
        var path = Path.Combine(_folder, name);
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        foreach (var (entry, bytes) in entries)
        {
            using var stream = zip.CreateEntry(entry, CompressionLevel.SmallestSize).Open();
            stream.Write(bytes);
        }

        return path;
    }

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
