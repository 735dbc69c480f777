using System.Diagnostics;
using System.Globalization;
using Dashboard.Core.Extraction;
using Dashboard.Data.Articles;
using Dashboard.Data.Dialects;
using Dashboard.Data.Ingest;
using Dashboard.Data.Migrations;

namespace Dashboard.Benchmarks;

/// <summary>
/// Ingest throughput into a fresh SQLite file, or with --postgres a fresh database on that server: generated articles (the demo generator) or a file such as
/// SaudiNewsNet, with extraction, stories and incidents, as the CLI ingests. Prints articles per second,
/// elapsed time and peak memory. A whole run is one measurement; repeat it to see the spread.
/// </summary>
internal static class IngestBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var articles = BenchmarkArguments.Value(args, "--articles") is { } n ? int.Parse(n, CultureInfo.InvariantCulture) : 20_000;
        // Fewer days with the same articles make a denser corpus: what a million articles a year is per day, at a size that runs in minutes.
        var days = BenchmarkArguments.Value(args, "--days") is { } d ? int.Parse(d, CultureInfo.InvariantCulture) : 365;
        var seed = BenchmarkArguments.Value(args, "--seed") is { } s ? int.Parse(s, CultureInfo.InvariantCulture) : 42;
        // A kept SQLite file: a second run with another seed measures the rate into a database that already holds the first.
        var keptFile = BenchmarkArguments.Value(args, "--database");
        var file = BenchmarkArguments.Value(args, "--file");
        var folder = Directory.CreateTempSubdirectory("dashboard-ingest-bench-").FullName;
        try
        {
            file ??= await GeneratedCorpus.WriteAsync(folder, articles, seed, days);

            if (BenchmarkArguments.Value(args, "--postgres") is { } server)
            {
                await using var database = await ThrowawayPostgresDatabase.CreateAsync(server);
                await using var postgres = new PostgresDialect(database.ConnectionString);
                await MeasureAsync("PostgreSQL", postgres, file);
            }
            else
            {
                await MeasureAsync("SQLite", new SqliteDialect($"Data Source={keptFile ?? Path.Combine(folder, "bench.db")}"), file);
            }

            return 0;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task MeasureAsync(string engine, ISqlDialect dialect, string file)
    {
        new SchemaMigrator(dialect).Migrate();
        var ingester = new FileIngester(new ArticleStore(dialect, new NewsTextAnalyzer(), TimeProvider.System), new InputReader(TimeProvider.System));
        var clock = Stopwatch.StartNew();
        var report = await ingester.IngestAsync([file], IngestOptions.Default);
        clock.Stop();
        var peak = Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"ingest {Path.GetFileName(file)} into {engine}: read {report.Read:N0}, added {report.Added:N0}, near-duplicates {report.NearDuplicates:N0}, rejected {report.Rejected.Count:N0} in {clock.Elapsed.TotalSeconds:F1} s = {report.Read / clock.Elapsed.TotalSeconds:N0} articles/s, peak memory {peak:N0} MB"));
    }
}
