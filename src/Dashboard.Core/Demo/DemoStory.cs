namespace Dashboard.Core.Demo;

/// <summary>One news event as written once; outlets publish it as copies with small edits.</summary>
internal sealed record DemoStory(string Title, IReadOnlyList<string> Paragraphs, string City);
