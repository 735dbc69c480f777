using Dashboard.Core.Articles;

namespace Dashboard.Core.Ingest;

/// <summary>What a parser made of one input: the articles it could read and an error for each part it could not.</summary>
public sealed record ParseResult(IReadOnlyList<Article> Articles, IReadOnlyList<InputError> Errors)
{
    /// <summary>A result with one error and no articles.</summary>
    public static ParseResult Failed(InputError error) => new([], [error]);
}
