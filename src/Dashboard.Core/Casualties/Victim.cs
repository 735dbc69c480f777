namespace Dashboard.Core.Casualties;

/// <summary>A noun naming people: the victim group it belongs to and how many it counts by its form.</summary>
/// <param name="Group">civilians, soldiers, police, fighters, children, women or people.</param>
/// <param name="Count">1 singular, 2 dual, null plural.</param>
internal sealed record Victim(string Group, int? Count);
