namespace Dashboard.Benchmarks.Soak;

/// <summary>One point of the soak's curve.</summary>
/// <param name="Elapsed">Time since the load started.</param>
/// <param name="ResidentMegabytes">The server's resident memory.</param>
/// <param name="Circuits">Circuits the server held.</param>
/// <param name="Requests">Requests answered in the interval.</param>
/// <param name="Errors">Requests that failed in the interval (any status but success, or no answer).</param>
/// <param name="P95Milliseconds">The 95th percentile latency of the interval's requests.</param>
/// <param name="ArticlesAdded">Articles ingested so far during the soak.</param>
internal sealed record SoakSample(TimeSpan Elapsed, double ResidentMegabytes, int Circuits, int Requests, int Errors, double P95Milliseconds, int ArticlesAdded);
