namespace Dashboard.Data.Articles;

/// <summary>What storing one article did.</summary>
public enum StoreOutcome
{
    /// <summary>A new article was stored.</summary>
    Added,

    /// <summary>A new article was stored that copies a story already stored (syndicated, lightly edited).</summary>
    AddedNearDuplicate,

    /// <summary>The outlet already had the same text; nothing was written.</summary>
    Duplicate,

    /// <summary>The outlet's id was already used for an article with other content; nothing was written.</summary>
    ConflictingId,
}
