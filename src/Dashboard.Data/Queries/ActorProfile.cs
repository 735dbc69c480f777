namespace Dashboard.Data.Queries;

/// <summary>What an actor's page heads with: its totals over all articles and how the texts spell it.</summary>
/// <param name="Actor">The actor and its totals.</param>
/// <param name="Spellings">The spellings of its mentions with how often each occurs, most used first.</param>
public sealed record ActorProfile(ActorTotal Actor, IReadOnlyList<(string Text, long Count)> Spellings);
