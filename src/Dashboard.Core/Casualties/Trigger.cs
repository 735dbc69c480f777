namespace Dashboard.Core.Casualties;

/// <summary>A casualty word: its kind, its role, and how many victims the word itself counts (duals, singular nouns).</summary>
/// <param name="Kind">killed, wounded or arrested.</param>
/// <param name="Role">How the count is found.</param>
/// <param name="Count">2 for a dual (قتيلين), 1 for a singular victim noun that stands alone (الشهيد), else null.</param>
internal sealed record Trigger(string Kind, TriggerRole Role, int? Count = null);
