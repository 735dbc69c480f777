using Dashboard.Core.Articles;

namespace Dashboard.Core.Ingest;

/// <summary>One record of an input: the article read from it, or why it could not be read.</summary>
public readonly record struct ParsedRecord(Article? Article, InputError? Error)
{
    /// <summary>A record that was read.</summary>
    public static ParsedRecord Of(Article article) => new(article, null);

    /// <summary>A record that was rejected.</summary>
    public static ParsedRecord Rejected(InputError error) => new(null, error);
}
