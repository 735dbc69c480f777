namespace Dashboard.Core.Text;

/// <summary>What a token is made of.</summary>
public enum TokenKind
{
    /// <summary>Letters (Arabic or Latin).</summary>
    Word,

    /// <summary>Digits, Western or Eastern, with their separators.</summary>
    Number,

    /// <summary>Anything else that is not white space.</summary>
    Punctuation,
}
