namespace Dashboard.Core.Text;

/// <summary>One token with the exact span it came from and its normalised form.</summary>
/// <param name="Start">UTF-16 offset of the first character in the original text.</param>
/// <param name="End">UTF-16 offset after the last character.</param>
/// <param name="Text">The characters as written.</param>
/// <param name="Normal">The folded form (<see cref="ArabicNormalizer"/>), Western digits, separators removed.</param>
/// <param name="Kind">Word, number or punctuation.</param>
public sealed record Token(int Start, int End, string Text, string Normal, TokenKind Kind)
{
    /// <summary>The integer value of a number token without a fractional part, else null.</summary>
    public long? Integer => Kind == TokenKind.Number && !Normal.Contains('.', StringComparison.Ordinal) && long.TryParse(Normal, out var value) ? value : null;
}
