namespace Dashboard.Core.Search;

/// <summary>A span of a text to show marked: a search hit, an actor's mention, a casualty phrase.</summary>
/// <param name="Start">UTF-16 offset of the first marked character.</param>
/// <param name="End">UTF-16 offset after the last marked character.</param>
/// <param name="Kind">What the mark is, for its style: "hit", "person", "organization", "place", "casualty".</param>
/// <param name="Label">A short explanation for a tooltip and screen readers, when there is one.</param>
public sealed record TextMark(int Start, int End, string Kind, string? Label = null);
