namespace Dashboard.Web.Security;

/// <summary>Why the sign-in page is shown again, as its <c>error</c> query parameter.</summary>
public static class SignInError
{
    /// <summary>Wrong name or password.</summary>
    public const string Failed = "failed";

    /// <summary>Too many wrong passwords for this user.</summary>
    public const string Locked = "locked";

    /// <summary>The form was too old to trust (its antiforgery token did not check out).</summary>
    public const string Expired = "expired";

    /// <summary>Too many attempts from this address.</summary>
    public const string Throttled = "throttled";
}
