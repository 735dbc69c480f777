namespace Dashboard.Core.Extraction;

/// <summary>One reported figure of people harmed, as the casualty-figures contract defines it.</summary>
/// <param name="Start">UTF-16 offset of the evidence phrase.</param>
/// <param name="End">UTF-16 offset after the evidence phrase.</param>
/// <param name="Text">The evidence phrase as written.</param>
/// <param name="Kind">killed, wounded, casualties, kidnapped, arrested or missing.</param>
/// <param name="Min">The smallest number the text allows, or null when it gives no figure.</param>
/// <param name="Max">The largest number the text allows, or null when open-ended.</param>
/// <param name="Approx">Whether the figure is hedged or a vague plural.</param>
/// <param name="Group">The victim group as written, normalised (civilians, fighters, …), when stated.</param>
/// <param name="Affiliation">The canonical organisation the victims belonged to ("من تنظيم الدولة الإسلامية"), when stated.</param>
/// <param name="Place">The canonical place where it happened, when the sentence names one.</param>
public sealed record CasualtyFact(int Start, int End, string Text, string Kind, long? Min, long? Max, bool Approx, string? Group, string? Affiliation = null, string? Place = null);
