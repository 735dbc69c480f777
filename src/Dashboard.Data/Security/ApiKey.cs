namespace Dashboard.Data.Security;

/// <summary>A stored API key as it is listed: never the key itself.</summary>
/// <param name="Id">The key's id, for revoking it.</param>
/// <param name="Name">Who or what the key is for.</param>
/// <param name="Scope">What it allows: ingest (<c>POST /api/articles</c>).</param>
/// <param name="Created">When it was made.</param>
/// <param name="Revoked">When it was revoked, or null while it works.</param>
public sealed record ApiKey(long Id, string Name, string Scope, DateTimeOffset Created, DateTimeOffset? Revoked);
