namespace Dashboard.Web.Security;

/// <summary>The fields of the sign-in form, bound by name from the posted form.</summary>
public sealed class SignInForm
{
    /// <summary>The user name.</summary>
    public string? UserName { get; set; }

    /// <summary>The password.</summary>
    public string? Password { get; set; }

    /// <summary>The page to go back to.</summary>
    public string? ReturnUrl { get; set; }
}
