namespace Dashboard.Core.Demo;

/// <summary>An actor of the demo corpus with the spellings real outlets use for it.</summary>
/// <param name="Canonical">The name the dashboard should merge every spelling into.</param>
/// <param name="Spellings">How outlets write it, the first being the full form.</param>
internal sealed record DemoActor(string Canonical, string[] Spellings);
