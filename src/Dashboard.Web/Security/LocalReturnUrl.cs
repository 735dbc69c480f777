namespace Dashboard.Web.Security;

/// <summary>Where to go after signing in: only a path of this app, never another site.</summary>
public static class LocalReturnUrl
{
    /// <summary><paramref name="returnUrl"/> when it is a local path, else the dashboard's home.</summary>
    public static string From(string? returnUrl)
    {
        // "//host" and "/\host" are taken by browsers as another site; a scheme or a control character is never local.
        if (string.IsNullOrEmpty(returnUrl) || returnUrl[0] != '/' || returnUrl.Length > 2000
            || (returnUrl.Length > 1 && (returnUrl[1] == '/' || returnUrl[1] == '\\'))
            || returnUrl.Any(char.IsControl))
        {
            return "/";
        }

        return returnUrl;
    }
}
