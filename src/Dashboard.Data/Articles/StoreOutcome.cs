namespace Dashboard.Data.Articles;

/// <summary>What storing one article did.</summary>
public enum StoreOutcome
{
    /// <summary>A new article was stored.</summary>
    Added,

    /// <summary>The outlet already had the same text; nothing was written.</summary>
    Duplicate,

    /// <summary>The outlet's id was already used for an article with other content; nothing was written.</summary>
    ConflictingId,
}
