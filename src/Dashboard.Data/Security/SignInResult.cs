namespace Dashboard.Data.Security;

/// <summary>The end of a sign-in attempt.</summary>
/// <param name="Status">Whether it worked.</param>
/// <param name="User">The user, when it worked.</param>
/// <param name="LockedUntil">When a locked-out user may try again.</param>
public sealed record SignInResult(SignInStatus Status, UserAccount? User = null, DateTimeOffset? LockedUntil = null);
