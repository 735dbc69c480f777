namespace Dashboard.Data.Security;

/// <summary>What a signed-in person may do; each role includes the ones before it.</summary>
public enum UserRole
{
    /// <summary>Reads every panel, article and export.</summary>
    Viewer,

    /// <summary>Also uploads files and curates actors and outlets.</summary>
    Editor,

    /// <summary>Also manages users and API keys.</summary>
    Admin,
}
