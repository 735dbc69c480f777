namespace Dashboard.Data.Security;

/// <summary>How a sign-in attempt ended.</summary>
public enum SignInStatus
{
    /// <summary>The name and password matched.</summary>
    Succeeded,

    /// <summary>No such user, or a wrong password: the two are not told apart, so names cannot be probed.</summary>
    Failed,

    /// <summary>Too many wrong passwords: sign-in is refused for a while, even with the right one.</summary>
    LockedOut,
}
