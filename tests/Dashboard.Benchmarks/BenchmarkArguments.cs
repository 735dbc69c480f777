namespace Dashboard.Benchmarks;

/// <summary>The benchmark commands' options: <c>--name value</c> pairs after the command.</summary>
internal static class BenchmarkArguments
{
    /// <summary>The value after <paramref name="name"/>, or null when the option is not given.</summary>
    public static string? Value(string[] args, string name) =>
        Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;
}
