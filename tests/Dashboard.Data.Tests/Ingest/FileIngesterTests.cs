using Dashboard.Data.Ingest;

namespace Dashboard.Data.Tests.Ingest;

public sealed class FileIngesterTests : IDisposable
{
    private const string Export = "اخبار العراق الان\n\nانفجار في بغداد\n\nانفجار في بغداد\n\n2017-01-19 00:00:00 - المصدر: راي اليوم\n\nمقتل 12 شخصا في انفجار.\n\nوقالت الشرطة إن التحقيق جار.\n";
    private readonly TestDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task AFolderIsReadRecursivelyAndEachArticleStored()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_database.Folder, "in", "nested")).FullName;
        await File.WriteAllTextAsync(Path.Combine(folder, "..", "a.txt"), Export);
        await File.WriteAllTextAsync(Path.Combine(folder, "b.txt"), Export.Replace("12", "13", StringComparison.Ordinal));

        var report = await Ingester().IngestAsync([Path.Combine(_database.Folder, "in")]);

        Assert.Equal((2, 2, 2, 0), (report.Files, report.Read, report.Added, report.Duplicates));
        Assert.Equal(2, await _database.CountAsync("articles"));
    }

    [Fact]
    public async Task IngestingTheSameFileAgainAddsNothing()
    {
        var file = Path.Combine(_database.Folder, "a.txt");
        await File.WriteAllTextAsync(file, Export);

        await Ingester().IngestAsync([file]);
        var again = await Ingester().IngestAsync([file]);

        Assert.Equal((1, 0, 1), (again.Read, again.Added, again.Duplicates));
        Assert.Equal(1, await _database.CountAsync("articles"));
    }

    [Fact]
    public async Task ABadFileIsRejectedByNameAndTheGoodOnesAreKept()
    {
        var good = Path.Combine(_database.Folder, "good.txt");
        var bad = Path.Combine(_database.Folder, "bad.txt");
        var empty = Path.Combine(_database.Folder, "empty.txt");
        await File.WriteAllTextAsync(good, Export);
        await File.WriteAllTextAsync(bad, "اخبار\n\nعنوان\n\n2017-13-40 00:00:00 - المصدر: راي اليوم\n\nنص");
        await File.WriteAllTextAsync(empty, "");

        var report = await Ingester().IngestAsync([good, bad, empty, Path.Combine(_database.Folder, "missing.txt")]);

        Assert.Equal(1, report.Added);
        Assert.Collection(report.Rejected,
            e => Assert.Equal("no such file or folder", e.Message),
            e => Assert.Equal((bad, 5), (e.File, e.Line!.Value)),
            e => Assert.Equal((empty, "the file is empty"), (e.File, e.Message)));
        Assert.Equal(1, await _database.CountAsync("articles"));
    }

    [Fact]
    public async Task ADryRunStoresNothing()
    {
        var file = Path.Combine(_database.Folder, "a.txt");
        await File.WriteAllTextAsync(file, Export);

        var report = await Ingester().IngestAsync([file], dryRun: true);

        Assert.Equal(1, report.Read);
        Assert.Equal(0, await _database.CountAsync("articles"));
    }

    [Fact]
    public async Task ProgressIsReportedForEveryFile()
    {
        var file = Path.Combine(_database.Folder, "a.txt");
        await File.WriteAllTextAsync(file, Export);
        var seen = new List<IngestProgress>();

        await Ingester().IngestAsync([file, file], new SynchronousProgress<IngestProgress>(seen.Add));

        Assert.Equal([1, 2], seen.Select(p => p.FilesDone));
        Assert.All(seen, p => Assert.Equal(2, p.FilesTotal));
    }

    [Fact]
    public async Task WithinOneLargeFileTheBytesReadGrowTowardsItsSize()
    {
        var file = Path.Combine(_database.Folder, "large.jsonl");
        await File.WriteAllLinesAsync(file, Enumerable.Range(1, 1_200).Select(i =>
            System.Text.Json.JsonSerializer.Serialize(new { id = $"n{i}", title = $"خبر رقم {i}", source = "راي اليوم", date = "2017-01-19 10:00:00", body = $"نص الخبر رقم {i} عن اجتماع في بغداد وآخر في القاهرة." })));
        var seen = new List<IngestProgress>();

        await Ingester().IngestAsync([file], new SynchronousProgress<IngestProgress>(seen.Add));

        var size = new FileInfo(file).Length;
        Assert.All(seen, p => Assert.Equal(size, p.BytesTotal));
        Assert.Contains(seen, p => p.FilesDone == 0 && p.BytesDone > 0 && p.BytesDone < size);
        Assert.Equal(size, seen[^1].BytesDone);
        Assert.Equal(seen.Select(p => p.BytesDone).Order(), seen.Select(p => p.BytesDone));
    }

    private FileIngester Ingester() => new(_database.Store(), new InputReader(TimeProvider.System));

    private sealed class SynchronousProgress<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }
}
