namespace Dashboard.Web.Security;

/// <summary>Who may see and change what (section <c>Security</c>).</summary>
public sealed class SecurityOptions
{
    /// <summary>Configuration section name.</summary>
    public const string Section = "Security";

    /// <summary>
    /// Whether people who have not signed in may view the dashboard and read its API: on in
    /// Development (the local demo), off by default everywhere else (<c>Security__AnonymousViewing</c>).
    /// Editing always needs a signed-in editor.
    /// </summary>
    public bool AnonymousViewing { get; set; }

    /// <summary>Sign-in attempts allowed per client address and minute, before the account lock-out counts anything.</summary>
    public int SignInAttemptsPerMinute { get; set; } = 10;

    /// <summary>Wrong passwords in a row that lock a user out.</summary>
    public int LockoutFailures { get; set; } = 5;

    /// <summary>How long a lock-out lasts.</summary>
    public int LockoutMinutes { get; set; } = 15;

    /// <summary>How long a sign-in lasts without use.</summary>
    public int SignInHours { get; set; } = 8;

    /// <summary>Redirects plain HTTP to HTTPS and sends HSTS; for hosts that terminate TLS themselves (<c>Security__Https=true</c>).</summary>
    public bool Https { get; set; }
}
