namespace Dashboard.Web.Startup;

/// <summary>The demo corpus written into an empty database at start (section <c>Demo</c>).</summary>
public sealed class DemoDataOptions
{
    /// <summary>Configuration section name.</summary>
    public const string Section = "Demo";

    /// <summary>Whether an empty database gets the demo corpus; <c>Demo__SeedWhenEmpty=false</c> turns it off.</summary>
    public bool SeedWhenEmpty { get; set; } = true;

    /// <summary>How many demo articles to write.</summary>
    public int Articles { get; set; } = 4000;

    /// <summary>The generator's seed.</summary>
    public int Seed { get; set; } = 1;
}
