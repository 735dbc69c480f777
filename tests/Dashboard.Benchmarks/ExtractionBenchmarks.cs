using System.Text;
using BenchmarkDotNet.Attributes;
using Dashboard.Core.Actors;
using Dashboard.Core.Casualties;
using Dashboard.Core.Demo;
using Dashboard.Core.Extraction;

namespace Dashboard.Benchmarks;

/// <summary>
/// Extraction speed on one core over about 1 MB (UTF-8) of the project's generated Arabic news:
/// the target is at least 1 MB of text per second for actors and casualties together.
/// Divide the text size by the mean time to read MB/s; the size is printed at setup.
/// </summary>
[MemoryDiagnoser]
public class ExtractionBenchmarks
{
    private readonly NewsTextAnalyzer _analyzer = new();
    private readonly CasualtyExtractor _casualties = new();
    private string[] _bodies = [];

    [GlobalSetup]
    public void Setup()
    {
        var articles = new List<string>();
        var bytes = 0L;
        foreach (var article in new DemoCorpusGenerator(new DemoCorpusOptions(20_000, Seed: 5)).Generate())
        {
            articles.Add(article.Body);
            bytes += Encoding.UTF8.GetByteCount(article.Body);
            if (bytes >= 1_000_000)
            {
                break;
            }
        }

        _bodies = [.. articles];
        Console.WriteLine($"// corpus: {_bodies.Length} bodies, {bytes:N0} bytes of UTF-8");
        _ = ActorExtractor.Default.Extract("تحميل النموذج");
    }

    [Benchmark(Description = "actors + casualties, 1 MB")]
    public int ActorsAndCasualties()
    {
        var found = 0;
        foreach (var body in _bodies)
        {
            var facts = _analyzer.Analyze(body);
            found += facts.Actors.Count + facts.Casualties.Count;
        }

        return found;
    }

    [Benchmark(Description = "casualties only, 1 MB")]
    public int CasualtiesOnly()
    {
        var found = 0;
        foreach (var body in _bodies)
        {
            found += _casualties.Extract(body).Count;
        }

        return found;
    }
}
