using System.Diagnostics;
using System.Globalization;
using Dashboard.Core.Articles;
using Dashboard.Core.Extraction;
using Dashboard.Core.Ingest;
using Dashboard.Data.Ingest;

namespace Dashboard.Benchmarks;

/// <summary>
/// The analysis half of an ingest alone (actors, casualties, search terms, content key, story signature),
/// no database: articles per second on one thread and on every core, as the ingest runs it between
/// batches. It tells whether an ingest is held back by analysis or by the writer. Each pass over the
/// file is one measurement; the first pass warms the models and is not counted.
/// </summary>
internal static class AnalysisBenchmark
{
    private const int BatchSize = 500;

    public static async Task<int> RunAsync(string[] args)
    {
        var file = BenchmarkArguments.Value(args, "--file");
        var articles = BenchmarkArguments.Value(args, "--articles") is { } n ? int.Parse(n, CultureInfo.InvariantCulture) : 5_000;
        var passes = BenchmarkArguments.Value(args, "--passes") is { } p ? int.Parse(p, CultureInfo.InvariantCulture) : 3;
        var folder = Directory.CreateTempSubdirectory("dashboard-analysis-bench-").FullName;
        try
        {
            file ??= await GeneratedCorpus.WriteAsync(folder, articles);
            var batches = new InputReader(TimeProvider.System).ReadFile(file, IngestOptions.Default)
                .Where(r => r.Article is not null).Select(r => r.Article!).Chunk(BatchSize).ToList();
            var count = batches.Sum(b => b.Length);
            var analyzer = new NewsTextAnalyzer();
            Run(analyzer, batches, parallel: true);
            for (var pass = 1; pass <= passes; pass++)
            {
                var one = Run(analyzer, batches, parallel: false);
                var all = Run(analyzer, batches, parallel: true);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"analysis pass {pass}: {count:N0} articles, one thread {count / one.TotalSeconds:N0} articles/s ({one.TotalMilliseconds / count:F2} ms each), {Environment.ProcessorCount} cores {count / all.TotalSeconds:N0} articles/s"));
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"peak memory {Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024):N0} MB"));
            return 0;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static TimeSpan Run(NewsTextAnalyzer analyzer, List<Article[]> batches, bool parallel)
    {
        var clock = Stopwatch.StartNew();
        foreach (var batch in batches)
        {
            if (parallel)
            {
                _ = ArticleAnalysis.AnalyzeAll(analyzer, batch);
            }
            else
            {
                foreach (var article in batch)
                {
                    _ = ArticleAnalysis.AnalyzeAll(analyzer, [article]);
                }
            }
        }

        return clock.Elapsed;
    }
}
