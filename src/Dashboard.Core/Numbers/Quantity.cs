namespace Dashboard.Core.Numbers;

/// <summary>A count as the text states it: its bounds, whether it is hedged, and the tokens it spans.</summary>
/// <param name="Min">Smallest number the text allows, or null.</param>
/// <param name="Max">Largest number the text allows, or null when open-ended.</param>
/// <param name="Approx">Hedged (about, nearly) or a vague plural (tens, hundreds).</param>
/// <param name="First">Index of the first token, qualifiers included.</param>
/// <param name="End">Index after the last token.</param>
/// <param name="Vague">A quantity word (tens, several) rather than a figure.</param>
public sealed record Quantity(long? Min, long? Max, bool Approx, int First, int End, bool Vague = false)
{
    /// <summary>One exact figure.</summary>
    public static Quantity Exact(long value, int first, int end) => new(value, value, false, first, end);
}
