using System.Security.Cryptography;
using System.Text;
using Dashboard.Data.Security;

namespace Dashboard.Web.Api;

/// <summary>
/// Who may write articles through the API: a stored key of the ingest scope, or the key configured
/// as <c>Api__IngestKey</c>. With neither configured nor stored, only a Development host is open,
/// so a local demo works and a deployment never is by accident.
/// </summary>
public static class IngestAuthorization
{
    /// <summary>The header that carries the key.</summary>
    public const string Header = "X-Api-Key";

    /// <summary>Whether a request presenting <paramref name="presented"/> may write.</summary>
    public static async Task<bool> AllowedAsync(string? presented, string? configured, bool development, ApiKeys keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        if (!string.IsNullOrEmpty(configured) && presented is not null
            && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(presented), Encoding.UTF8.GetBytes(configured)))
        {
            return true;
        }

        if (await keys.AllowsAsync(presented, ApiKeys.IngestScope, cancellationToken))
        {
            return true;
        }

        return string.IsNullOrEmpty(configured) && development && !await keys.AnyActiveAsync(cancellationToken);
    }
}
