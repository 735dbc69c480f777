namespace Dashboard.Core.Demo;

/// <summary>An outlet of the demo corpus; a larger weight publishes more.</summary>
internal sealed record DemoOutlet(string Name, string Domain, int Weight);
