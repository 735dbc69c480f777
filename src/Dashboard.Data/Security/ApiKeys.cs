using System.Security.Cryptography;
using System.Text;
using Dapper;
using Dashboard.Data.Dialects;

namespace Dashboard.Data.Security;

/// <summary>
/// API keys: made at random, shown once, stored as a SHA-256 hash, limited to a scope, revocable.
/// Checking a key hashes it and looks the hash up, so the comparison never touches a stored secret.
/// </summary>
public sealed class ApiKeys(ISqlDialect dialect, TimeProvider clock)
{
    /// <summary>The scope that allows writing articles through <c>POST /api/articles</c>.</summary>
    public const string IngestScope = "ingest";

    /// <summary>The scope that allows reading the JSON API and the exports when anonymous viewing is off.</summary>
    public const string ReadScope = "read";

    /// <summary>Every scope a key can have.</summary>
    public static IReadOnlyList<string> Scopes { get; } = [IngestScope, ReadScope];

    private const string Prefix = "dash_";

    /// <summary>Makes a key for <paramref name="name"/>; returns its id and the key, which is not stored and cannot be shown again.</summary>
    public async Task<(long Id, string Key)> CreateAsync(string name, string scope = IngestScope, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (!Scopes.Contains(scope))
        {
            throw new ArgumentException($"'{scope}' is not a scope: use {string.Join(" or ", Scopes)}", nameof(scope));
        }

        var key = Prefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        await using var connection = await dialect.OpenAsync(cancellationToken);
        var id = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "INSERT INTO api_keys (name, key_hash, scope, created_at) VALUES (@Name, @Hash, @Scope, @Created) RETURNING id",
            new { Name = name.Trim(), Hash = Hash(key), Scope = scope, Created = dialect.Timestamp(clock.GetUtcNow()) }, cancellationToken: cancellationToken));
        return (id, key);
    }

    /// <summary>Every key, newest first, revoked ones included.</summary>
    public async Task<IReadOnlyList<ApiKey>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await dialect.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<Row>(new CommandDefinition(
            "SELECT id AS Id, name AS Name, scope AS Scope, created_at AS CreatedAt, revoked_at AS RevokedAt FROM api_keys ORDER BY id DESC",
            cancellationToken: cancellationToken));
        return [.. rows.Select(r => new ApiKey(r.Id, r.Name, r.Scope, dialect.ReadTimestamp(r.CreatedAt), r.RevokedAt is null ? null : dialect.ReadTimestamp(r.RevokedAt)))];
    }

    /// <summary>Stops a key from working; returns false when there is no such key or it was already revoked.</summary>
    public async Task<bool> RevokeAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var connection = await dialect.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE api_keys SET revoked_at = @Now WHERE id = @Id AND revoked_at IS NULL",
            new { Id = id, Now = dialect.Timestamp(clock.GetUtcNow()) }, cancellationToken: cancellationToken)) == 1;
    }

    /// <summary>Whether any key that has not been revoked exists: then writing needs one.</summary>
    public async Task<bool> AnyActiveAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await dialect.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT COUNT(*) FROM api_keys WHERE revoked_at IS NULL", cancellationToken: cancellationToken)) > 0;
    }

    /// <summary>Whether <paramref name="key"/> is a key of <paramref name="scope"/> that has not been revoked.</summary>
    public async Task<bool> AllowsAsync(string? key, string scope, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrEmpty(key) || key.Length > 200)
        {
            return false;
        }

        await using var connection = await dialect.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT COUNT(*) FROM api_keys WHERE key_hash = @Hash AND scope = @Scope AND revoked_at IS NULL",
            new { Hash = Hash(key), Scope = scope }, cancellationToken: cancellationToken)) == 1;
    }

    private static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    private sealed class Row
    {
        public long Id { get; init; }
        public string Name { get; init; } = "";
        public string Scope { get; init; } = "";
        public object CreatedAt { get; init; } = "";
        public object? RevokedAt { get; init; }
    }
}
