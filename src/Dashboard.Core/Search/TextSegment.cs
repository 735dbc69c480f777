namespace Dashboard.Core.Search;

/// <summary>A run of text, marked or plain; a view renders each as encoded text, never as markup.</summary>
/// <param name="Text">The characters, exactly as in the original.</param>
/// <param name="Mark">The mark over this run, or null for plain text.</param>
public sealed record TextSegment(string Text, TextMark? Mark = null);
