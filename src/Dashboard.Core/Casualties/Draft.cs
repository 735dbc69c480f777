namespace Dashboard.Core.Casualties;

/// <summary>A fact being assembled: its figure and the tokens [First, End) of its evidence.</summary>
internal sealed record Draft(string Kind, long? Min, long? Max, bool Approx, string? Group, int First, int End);
