using System.Globalization;
using System.Security.Cryptography;
using Dapper;
using Dashboard.Data.Dialects;
using Microsoft.AspNetCore.Identity;

namespace Dashboard.Data.Security;

/// <summary>
/// The users who sign in: added with a role, their passwords hashed by ASP.NET Core's
/// <see cref="PasswordHasher{TUser}"/>, locked out for a while after repeated wrong passwords.
/// </summary>
public sealed class UserAccounts(ISqlDialect dialect, TimeProvider clock, LockoutPolicy lockout)
{
    /// <summary>The shortest password accepted: long passphrases beat composition rules.</summary>
    public const int MinimumPasswordLength = 10;

    private const int MaximumNameLength = 64;

    // The hasher needs a user type only for custom hashers; the user's key serves.
    private static readonly PasswordHasher<string> Hasher = new();

    // Checked against when no such user exists, so a missing name takes as long as a wrong password.
    private static readonly string AbsentUserHash = Hasher.HashPassword("", Convert.ToHexString(RandomNumberGenerator.GetBytes(16)));

    private const string Columns =
        "id AS Id, user_name AS UserName, role AS Role, security_stamp AS SecurityStamp, locked_until AS LockedUntil, created_at AS CreatedAt";

    /// <summary>Adds a user; refuses a taken name, an empty or overlong name and a short password.</summary>
    public async Task<UserAccount> AddAsync(string userName, string password, UserRole role, CancellationToken cancellationToken = default)
    {
        var name = CheckedName(userName);
        CheckPassword(password);
        await using var connection = await dialect.OpenAsync(cancellationToken);
        var key = Key(name);
        if (await connection.ExecuteScalarAsync<long>(new CommandDefinition(
                "SELECT COUNT(*) FROM users WHERE user_key = @Key", new { Key = key }, cancellationToken: cancellationToken)) > 0)
        {
            throw new UserAccountException($"there is already a user '{name}'");
        }

        var id = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            """
            INSERT INTO users (user_name, user_key, password_hash, role, security_stamp, created_at)
            VALUES (@Name, @Key, @Hash, @Role, @Stamp, @Created) RETURNING id
            """,
            new { Name = name, Key = key, Hash = Hasher.HashPassword(key, password), Role = RoleText(role), Stamp = NewStamp(), Created = dialect.Timestamp(clock.GetUtcNow()) },
            cancellationToken: cancellationToken));
        return (await FindAsync(id, cancellationToken))!;
    }

    /// <summary>Every user, by name.</summary>
    public async Task<IReadOnlyList<UserAccount>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await dialect.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<Row>(new CommandDefinition(
            $"SELECT {Columns} FROM users ORDER BY user_key", cancellationToken: cancellationToken));
        return [.. rows.Select(ToAccount)];
    }

    /// <summary>The user with <paramref name="id"/>, or null when there is none (any more).</summary>
    public async Task<UserAccount?> FindAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var connection = await dialect.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<Row>(new CommandDefinition(
            $"SELECT {Columns} FROM users WHERE id = @Id", new { Id = id }, cancellationToken: cancellationToken));
        return row is null ? null : ToAccount(row);
    }

    /// <summary>Whether anyone can sign in yet: the sign-in page says how to add the first admin when not.</summary>
    public async Task<bool> AnyAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await dialect.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition("SELECT COUNT(*) FROM users", cancellationToken: cancellationToken)) > 0;
    }

    /// <summary>
    /// Checks a name and password. A wrong password counts towards the lock-out; the right one while
    /// locked is refused too, so a guess that happens to be right during the lock tells the guesser nothing.
    /// </summary>
    public async Task<SignInResult> SignInAsync(string userName, string password, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(password);
        await using var connection = await dialect.OpenAsync(cancellationToken);
        var key = Key(userName?.Trim() ?? "");
        var row = await connection.QuerySingleOrDefaultAsync<SecretRow>(new CommandDefinition(
            $"SELECT {Columns}, password_hash AS PasswordHash FROM users WHERE user_key = @Key", new { Key = key }, cancellationToken: cancellationToken));
        if (row is null)
        {
            Hasher.VerifyHashedPassword("", AbsentUserHash, password);
            return new SignInResult(SignInStatus.Failed);
        }

        var now = clock.GetUtcNow();
        var lockedUntil = row.LockedUntil is null ? (DateTimeOffset?)null : dialect.ReadTimestamp(row.LockedUntil);
        if (lockedUntil > now)
        {
            return new SignInResult(SignInStatus.LockedOut, LockedUntil: lockedUntil);
        }

        var verified = Hasher.VerifyHashedPassword(key, row.PasswordHash, password);
        if (verified == PasswordVerificationResult.Failed)
        {
            return await CountFailureAsync(connection, row.Id, now, cancellationToken);
        }

        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE users SET failed_logins = 0, locked_until = NULL WHERE id = @Id", new { row.Id }, cancellationToken: cancellationToken));
        if (verified == PasswordVerificationResult.SuccessRehashNeeded)
        {
            await connection.ExecuteAsync(new CommandDefinition(
                "UPDATE users SET password_hash = @Hash WHERE id = @Id", new { row.Id, Hash = Hasher.HashPassword(key, password) }, cancellationToken: cancellationToken));
        }

        return new SignInResult(SignInStatus.Succeeded, ToAccount(row) with { LockedUntil = null });
    }

    /// <summary>Gives a user another role; the last admin cannot stop being one.</summary>
    public async Task SetRoleAsync(string userName, UserRole role, CancellationToken cancellationToken = default)
    {
        await using var connection = await dialect.OpenAsync(cancellationToken);
        var user = await RequireAsync(connection, userName, cancellationToken);
        if (user.Role == UserRole.Admin && role != UserRole.Admin)
        {
            await RefuseLastAdminAsync(connection, user, cancellationToken);
        }

        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE users SET role = @Role, security_stamp = @Stamp WHERE id = @Id",
            new { user.Id, Role = RoleText(role), Stamp = NewStamp() }, cancellationToken: cancellationToken));
    }

    /// <summary>Sets a new password, which also ends the lock-out and every sign-in made with the old one.</summary>
    public async Task SetPasswordAsync(string userName, string password, CancellationToken cancellationToken = default)
    {
        CheckPassword(password);
        await using var connection = await dialect.OpenAsync(cancellationToken);
        var user = await RequireAsync(connection, userName, cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE users SET password_hash = @Hash, security_stamp = @Stamp, failed_logins = 0, locked_until = NULL WHERE id = @Id",
            new { user.Id, Hash = Hasher.HashPassword(Key(user.UserName), password), Stamp = NewStamp() }, cancellationToken: cancellationToken));
    }

    /// <summary>Ends a lock-out before its time.</summary>
    public async Task UnlockAsync(string userName, CancellationToken cancellationToken = default)
    {
        await using var connection = await dialect.OpenAsync(cancellationToken);
        var user = await RequireAsync(connection, userName, cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE users SET failed_logins = 0, locked_until = NULL WHERE id = @Id", new { user.Id }, cancellationToken: cancellationToken));
    }

    /// <summary>Removes a user, whose sign-ins stop working at once; the last admin cannot be removed.</summary>
    public async Task RemoveAsync(string userName, CancellationToken cancellationToken = default)
    {
        await using var connection = await dialect.OpenAsync(cancellationToken);
        var user = await RequireAsync(connection, userName, cancellationToken);
        if (user.Role == UserRole.Admin)
        {
            await RefuseLastAdminAsync(connection, user, cancellationToken);
        }

        await connection.ExecuteAsync(new CommandDefinition("DELETE FROM users WHERE id = @Id", new { user.Id }, cancellationToken: cancellationToken));
    }

    /// <summary>The role written as it is stored and typed: viewer, editor, admin.</summary>
    public static string RoleText(UserRole role) => role.ToString().ToLowerInvariant();

    /// <summary>The role a text names, or null.</summary>
    public static UserRole? ParseRole(string? text) =>
        Enum.TryParse<UserRole>(text, ignoreCase: true, out var role) && Enum.IsDefined(role) && !int.TryParse(text, out _) ? role : null;

    private async Task<SignInResult> CountFailureAsync(System.Data.Common.DbConnection connection, long id, DateTimeOffset now, CancellationToken cancellationToken)
    {
        // One statement counts the failure, so concurrent guesses cannot both read the old count.
        var failures = await connection.ExecuteScalarAsync<int>(new CommandDefinition(
            "UPDATE users SET failed_logins = failed_logins + 1 WHERE id = @Id RETURNING failed_logins", new { Id = id }, cancellationToken: cancellationToken));
        if (failures < lockout.MaxFailures)
        {
            return new SignInResult(SignInStatus.Failed);
        }

        var until = now + lockout.Duration;
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE users SET failed_logins = 0, locked_until = @Until WHERE id = @Id", new { Id = id, Until = dialect.Timestamp(until) }, cancellationToken: cancellationToken));
        return new SignInResult(SignInStatus.LockedOut, LockedUntil: until);
    }

    private async Task<UserAccount> RequireAsync(System.Data.Common.DbConnection connection, string userName, CancellationToken cancellationToken)
    {
        var row = await connection.QuerySingleOrDefaultAsync<Row>(new CommandDefinition(
            $"SELECT {Columns} FROM users WHERE user_key = @Key", new { Key = Key(userName?.Trim() ?? "") }, cancellationToken: cancellationToken));
        return row is null ? throw new UserAccountException($"there is no user '{userName}'") : ToAccount(row);
    }

    private static async Task RefuseLastAdminAsync(System.Data.Common.DbConnection connection, UserAccount user, CancellationToken cancellationToken)
    {
        var admins = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT COUNT(*) FROM users WHERE role = 'admin'", cancellationToken: cancellationToken));
        if (admins <= 1)
        {
            throw new UserAccountException($"'{user.UserName}' is the last admin: make another admin first");
        }
    }

    private static string CheckedName(string userName)
    {
        var name = userName?.Trim() ?? "";
        if (name.Length == 0)
        {
            throw new UserAccountException("a user name cannot be empty");
        }

        if (name.Length > MaximumNameLength)
        {
            throw new UserAccountException($"a user name has at most {MaximumNameLength} characters");
        }

        if (name.Any(char.IsControl))
        {
            throw new UserAccountException("a user name cannot hold control characters");
        }

        return name;
    }

    private static void CheckPassword(string password)
    {
        if (password is null || password.Length < MinimumPasswordLength)
        {
            throw new UserAccountException($"a password has at least {MinimumPasswordLength} characters");
        }
    }

    // Names match whatever their case: Admin and admin are one user.
    private static string Key(string name) => name.ToLower(CultureInfo.InvariantCulture);

    private static string NewStamp() => Convert.ToHexString(RandomNumberGenerator.GetBytes(16));

    private UserAccount ToAccount(Row row) => new(
        row.Id, row.UserName, ParseRole(row.Role) ?? UserRole.Viewer, row.SecurityStamp,
        row.LockedUntil is null ? null : dialect.ReadTimestamp(row.LockedUntil), dialect.ReadTimestamp(row.CreatedAt));

    private class Row
    {
        public long Id { get; init; }
        public string UserName { get; init; } = "";
        public string Role { get; init; } = "";
        public string SecurityStamp { get; init; } = "";
        public object? LockedUntil { get; init; }
        public object CreatedAt { get; init; } = "";
    }

    private sealed class SecretRow : Row
    {
        public string PasswordHash { get; init; } = "";
    }
}
