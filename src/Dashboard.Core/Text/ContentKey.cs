using System.Security.Cryptography;
using System.Text;
using Dashboard.Core.Articles;

namespace Dashboard.Core.Text;

/// <summary>
/// The identity of an article's text: a hash of its normalised title and body, so that the same
/// article ingested twice, or re-exported with other spacing or hamza spelling, has the same key.
/// </summary>
public static class ContentKey
{
    /// <summary>Lower-case hex SHA-256 of the normalised title and body.</summary>
    public static string Of(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var normalised = ArabicNormalizer.Normalize(article.Title) + "\n" + ArabicNormalizer.Normalize(article.Body);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normalised)));
    }
}
