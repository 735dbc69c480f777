namespace Dashboard.Web.Security;

/// <summary>The authorization policies every page, endpoint and action names.</summary>
public static class Policies
{
    /// <summary>Reading panels, articles, exports and the JSON API.</summary>
    public const string View = "view";

    /// <summary>Uploading files, curating actors and outlets, starting a re-extraction.</summary>
    public const string Edit = "edit";

    /// <summary>Managing users and API keys.</summary>
    public const string Administer = "administer";
}
