namespace Dashboard.Web.Components.Articles;

/// <summary>The Arabic words for the kinds of casualty fact; they are keys of the interface texts too.</summary>
public static class CasualtyKinds
{
    /// <summary>The label of a kind; an unknown kind is shown as stored.</summary>
    public static string Label(string kind) => kind switch
    {
        "killed" => "قتلى",
        "wounded" => "جرحى",
        "casualties" => "قتلى وجرحى",
        "kidnapped" => "مخطوفون",
        "arrested" => "معتقلون",
        "missing" => "مفقودون",
        _ => kind,
    };
}
