namespace Dashboard.Core.Demo;

/// <summary>A country of the demo corpus with its capital and other cities where news happens.</summary>
internal sealed record DemoPlace(string Country, string Capital, string[] Cities);
