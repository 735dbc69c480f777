namespace Dashboard.Data.Queries;

/// <summary>A casualty figure an article reports, with the phrase it was read from.</summary>
/// <param name="Field">"title" or "body": the text the offsets point into.</param>
/// <param name="Start">UTF-16 offset of the first character of the phrase.</param>
/// <param name="End">UTF-16 offset after the phrase.</param>
/// <param name="Text">The phrase as written.</param>
/// <param name="Kind">killed, wounded, …, as in the casualty contract.</param>
/// <param name="Min">The least number the phrase allows, when it gives one.</param>
/// <param name="Max">The most it allows, or null when open-ended.</param>
/// <param name="Victims">The victims' group, when named.</param>
/// <param name="Affiliation">Who the victims belong to, when named.</param>
/// <param name="Place">Where it happened, when named.</param>
/// <param name="IncidentId">The incident the fact reports, or null for a breakdown of another fact.</param>
public sealed record DetailFact(string Field, int Start, int End, string Text, string Kind, long? Min, long? Max, string? Victims, string? Affiliation, string? Place, long? IncidentId);
