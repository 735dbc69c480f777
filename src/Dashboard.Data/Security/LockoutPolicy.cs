namespace Dashboard.Data.Security;

/// <summary>
/// How many wrong passwords in a row lock a user out, and for how long. Together with the web app's
/// per-address rate limit this makes guessing a password slow whether one name or many are tried.
/// </summary>
/// <param name="MaxFailures">Wrong passwords in a row that lock the user.</param>
/// <param name="Duration">How long the lock lasts.</param>
public sealed record LockoutPolicy(int MaxFailures, TimeSpan Duration)
{
    /// <summary>Five tries, then fifteen minutes.</summary>
    public static LockoutPolicy Default { get; } = new(5, TimeSpan.FromMinutes(15));
}
