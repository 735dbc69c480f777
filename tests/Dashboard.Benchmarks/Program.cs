using BenchmarkDotNet.Running;

// dotnet run -c Release --project tests/Dashboard.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);

/// <summary>The benchmark host's entry point.</summary>
public partial class Program;
