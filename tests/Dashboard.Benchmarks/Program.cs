using BenchmarkDotNet.Running;
using Dashboard.Benchmarks;

// dotnet run -c Release --project tests/Dashboard.Benchmarks -- --filter '*'        (BenchmarkDotNet micro-benchmarks)
// dotnet run -c Release --project tests/Dashboard.Benchmarks -- ingest [--articles N] [--days D] [--seed S] [--file PATH] [--database SQLITE-FILE] [--postgres CONNECTION]   (ingest throughput, SQLite or a fresh PostgreSQL database)
// dotnet run -c Release --project tests/Dashboard.Benchmarks -- analyze [--articles N] [--file PATH] [--passes K]   (analysis alone, one thread and every core)
// dotnet run -c Release --project tests/Dashboard.Benchmarks -- panels [--articles N | --database SQLITE-FILE] [--postgres CONNECTION | --postgres-database CONNECTION] [--iterations K]   (panel queries, both engines, or kept databases)
// dotnet run -c Release --project tests/Dashboard.Benchmarks -- redraw [--demo N | --database SQLITE-FILE] [--iterations K] [--cpu-profile FILE] [--trace FILE] [--count-measurements] [--screenshot FILE]   (chart redraw after a filter change, in Chromium)
// dotnet run -c Release --project tests/Dashboard.Benchmarks -- soak [--minutes 30] [--users 20] [--browsers 3] [--database SQLITE-FILE]   (load and soak of the web app)
if (args.Length > 0 && args[0] == "ingest")
{
    return await IngestBenchmark.RunAsync(args[1..]);
}

if (args.Length > 0 && args[0] == "analyze")
{
    return await AnalysisBenchmark.RunAsync(args[1..]);
}

if (args.Length > 0 && args[0] == "soak")
{
    return await Dashboard.Benchmarks.Soak.SoakTest.RunAsync(args[1..]);
}

if (args.Length > 0 && args[0] == "redraw")
{
    return await Dashboard.Benchmarks.Soak.RedrawBenchmark.RunAsync(args[1..]);
}

if (args.Length > 0 && args[0] == "panels")
{
    return await PanelBenchmark.RunAsync(args[1..]);
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;

/// <summary>The benchmark host's entry point.</summary>
public partial class Program;
