namespace Dashboard.Data.Articles;

/// <summary>What storing one article did.</summary>
public enum StoreOutcome
{
    /// <summary>A new article was stored.</summary>
    Added,

    /// <summary>The outlet already had the same text; nothing was written.</summary>
    Duplicate,
}
