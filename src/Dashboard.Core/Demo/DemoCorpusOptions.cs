namespace Dashboard.Core.Demo;

/// <summary>How much demo news to write and over which days.</summary>
/// <param name="Articles">How many articles, syndicated copies included.</param>
/// <param name="Seed">The same seed writes the same corpus.</param>
/// <param name="End">The last publication day; fixed by default so a seed always gives the same dates.</param>
/// <param name="Days">How many days back from <paramref name="End"/> the corpus spans.</param>
public sealed record DemoCorpusOptions(int Articles, int Seed = 1, DateOnly? End = null, int Days = 365)
{
    /// <summary>The last day of the demo corpus unless told otherwise.</summary>
    public static readonly DateOnly DefaultEnd = new(2026, 11, 30);

    /// <summary>The last publication day in effect.</summary>
    public DateOnly LastDay => End ?? DefaultEnd;
}
