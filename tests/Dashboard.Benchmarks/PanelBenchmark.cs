using System.Diagnostics;
using System.Globalization;
using Dashboard.Core.Extraction;
using Dashboard.Data.Articles;
using Dashboard.Data.Dialects;
using Dashboard.Data.Ingest;
using Dashboard.Data.Migrations;
using Dashboard.Data.Queries;
using Npgsql;

namespace Dashboard.Benchmarks;

/// <summary>
/// The dashboard's queries at scale, on each engine, in one run: generates N articles with the demo
/// generator, ingests them into a fresh SQLite file and (given a server) a fresh PostgreSQL database,
/// then times every panel's queries for the last 7 days, 90 days, year and the whole range, and a
/// whole dashboard refresh (every panel in turn). Prints p50/p95 per query, the ingest rate and the
/// peak memory, as a Markdown table for the README.
/// </summary>
internal static class PanelBenchmark
{
    private static readonly (string Name, int Days)[] Ranges = [("7 days", 7), ("90 days", 90), ("1 year", 365), ("all", 0)];

    public static async Task<int> RunAsync(string[] args)
    {
        var articles = BenchmarkArguments.Value(args, "--articles") is { } n ? int.Parse(n, CultureInfo.InvariantCulture) : 20_000;
        var iterations = BenchmarkArguments.Value(args, "--iterations") is { } i ? int.Parse(i, CultureInfo.InvariantCulture) : 20;
        var postgres = BenchmarkArguments.Value(args, "--postgres") ?? Environment.GetEnvironmentVariable("DASHBOARD_TEST_POSTGRES");
        // A SQLite file that already holds the articles (the ingest benchmark's --database): measured as it is, with no
        // generation and no ingest, so a million articles are ingested once and measured as often as needed.
        var kept = BenchmarkArguments.Value(args, "--database");
        // The same for a PostgreSQL database that already holds them (`dashboard copy-to-postgres` of such a file).
        var keptOnPostgres = BenchmarkArguments.Value(args, "--postgres-database");
        // Only the queries whose name holds this text, and no whole refresh: to look at one query.
        var only = BenchmarkArguments.Value(args, "--only");
        var folder = Directory.CreateTempSubdirectory("dashboard-panel-bench-").FullName;
        var results = new List<string>();
        try
        {
            if (kept is not null || keptOnPostgres is not null)
            {
                var counted = 0L;
                if (kept is not null)
                {
                    var dialect = new SqliteDialect($"Data Source={kept}");
                    new SchemaMigrator(dialect).Migrate();
                    results.Add(await MeasureQueriesAsync("SQLite", dialect, iterations, only));
                    counted = await CountAsync(dialect);
                }

                if (keptOnPostgres is not null)
                {
                    await using var dialect = new PostgresDialect(keptOnPostgres);
                    new SchemaMigrator(dialect).Migrate();
                    results.Add(await MeasureQueriesAsync("PostgreSQL", dialect, iterations, only));
                    counted = await CountAsync(dialect);
                }

                PrintTables(counted, iterations, results);
                return 0;
            }

            var file = await GeneratedCorpus.WriteAsync(folder, articles);
            results.Add(await MeasureAsync("SQLite", new SqliteDialect($"Data Source={Path.Combine(folder, "bench.db")}"), file, iterations, only));
            if (postgres is null)
            {
                Console.WriteLine("PostgreSQL skipped: pass --postgres CONNECTION or set DASHBOARD_TEST_POSTGRES (scripts/postgres-server.sh start prints one).");
            }
            else
            {
                await using var database = await ThrowawayPostgresDatabase.CreateAsync(postgres);
                await using var dialect = new PostgresDialect(database.ConnectionString);
                results.Add(await MeasureAsync("PostgreSQL", dialect, file, iterations, only));
            }

            PrintTables(articles, iterations, results);
            return 0;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static void PrintTables(long articles, int iterations, List<string> results)
    {
        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{articles:N0} generated articles, {iterations} timed runs per query after one warm-up, {Environment.ProcessorCount} cores, peak memory of the whole run {Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024):N0} MB"));
        Console.WriteLine();
        Console.WriteLine("| engine | query | range | p50 ms | p95 ms |");
        Console.WriteLine("|---|---|---|---:|---:|");
        foreach (var table in results)
        {
            Console.Write(table);
        }
    }

    private static async Task<long> CountAsync(ISqlDialect dialect)
    {
        await using var connection = await dialect.OpenAsync();
        return await Dapper.SqlMapper.ExecuteScalarAsync<long>(connection, "SELECT COUNT(*) FROM articles");
    }

    private static async Task<string> MeasureAsync(string engine, ISqlDialect dialect, string file, int iterations, string? only)
    {
        new SchemaMigrator(dialect).Migrate();
        var ingester = new FileIngester(new ArticleStore(dialect, new NewsTextAnalyzer(), TimeProvider.System), new InputReader(TimeProvider.System));
        var clock = Stopwatch.StartNew();
        var report = await ingester.IngestAsync([file], IngestOptions.Default);
        clock.Stop();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{engine}: ingested {report.Added:N0} of {report.Read:N0} in {clock.Elapsed.TotalSeconds:F1} s = {report.Read / clock.Elapsed.TotalSeconds:N0} articles/s"));
        return await MeasureQueriesAsync(engine, dialect, iterations, only);
    }

    private static async Task<string> MeasureQueriesAsync(string engine, ISqlDialect dialect, int iterations, string? only)
    {
        var volume = new VolumeQueries(dialect);
        var actors = new ActorQueries(dialect);
        var casualties = new CasualtyQueries(dialect);
        var articles = new ArticleQueries(dialect);
        var coverage = await articles.CoverageAsync();
        var lastDay = coverage.LastDay ?? DateOnly.FromDateTime(DateTime.UtcNow);
        // Each panel counts by the period the dashboard chooses for the range (days up to three months, weeks
        // up to about a year, months beyond; "all" by the length of what is stored), as a user's click asks.
        var queries = new (string Name, Func<ArticleFilter, Granularity, Task> Run)[]
        {
            ("volume per period × outlet", (f, g) => volume.PerPeriodAsync(f, g)),
            ("volume per outlet", (f, _) => volume.PerSourceAsync(f)),
            ("top 20 actors", (f, _) => actors.TopAsync(f, null, 20)),
            ("distinct actors", (f, _) => actors.DistinctAsync(f)),
            ("actor heatmap (top 12)", async (f, g) => await actors.PerPeriodAsync(f, [.. (await actors.TopAsync(f, null, 12)).Select(a => a.Canonical)], GranularityChoice.Sparse(g))),
            ("casualties per period", (f, g) => casualties.PerPeriodAsync(f, GranularityChoice.Sparse(g))),
            ("largest incidents", (f, _) => casualties.LargestAsync(f, 10)),
            ("key figures (casualties by month)", (f, _) => casualties.PerPeriodAsync(f, Granularity.Month)),
            ("newest 10 articles", (f, _) => articles.PageAsync(f, null, 1, 10)),
            ("search «غزة»", (f, _) => articles.PageAsync(f, "غزة", 1, 10)),
            // A word of every casualty report: hundreds of thousands of hits at a million articles.
            ("search «مقتل»", (f, _) => articles.PageAsync(f, "مقتل", 1, 10)),
            ("search «الأمم المتحدة» (two words)", (f, _) => articles.PageAsync(f, "الأمم المتحدة", 1, 10)),
        };

        var table = new System.Text.StringBuilder();
        foreach (var (range, days) in Ranges)
        {
            var filter = days == 0 ? ArticleFilter.All : new ArticleFilter(lastDay.AddDays(1 - days), lastDay);
            var granularity = GranularityChoice.For(null, filter.From ?? coverage.FirstDay, filter.To ?? coverage.LastDay);
            var rangeName = $"{range} (by {granularity.ToString().ToLowerInvariant()})";
            foreach (var (name, run) in queries.Where(q => only is null || q.Name.Contains(only, StringComparison.Ordinal)))
            {
                var (p50, p95) = await TimeAsync(() => run(filter, granularity), iterations);
                table.AppendLine(CultureInfo.InvariantCulture, $"| {engine} | {name} | {rangeName} | {p50:F1} | {p95:F1} |");
            }

            if (only is not null)
            {
                continue;
            }

            var (all50, all95) = await TimeAsync(async () =>
            {
                // The dashboard as it opens: every panel and the newest articles, no search.
                foreach (var (_, run) in queries.Where(q => !q.Name.StartsWith("search", StringComparison.Ordinal)))
                {
                    await run(filter, granularity);
                }
            }, Math.Max(3, iterations / 4));
            table.AppendLine(CultureInfo.InvariantCulture, $"| {engine} | **whole dashboard refresh** | {rangeName} | {all50:F1} | {all95:F1} |");
        }

        return table.ToString();
    }

    private static async Task<(double P50, double P95)> TimeAsync(Func<Task> run, int iterations)
    {
        await run();
        var times = new double[iterations];
        for (var i = 0; i < iterations; i++)
        {
            var clock = Stopwatch.StartNew();
            await run();
            times[i] = clock.Elapsed.TotalMilliseconds;
        }

        Array.Sort(times);
        return (times[(int)Math.Floor(0.5 * (iterations - 1))], times[(int)Math.Ceiling(0.95 * (iterations - 1))]);
    }
}
