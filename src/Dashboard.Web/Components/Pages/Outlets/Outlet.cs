namespace Dashboard.Web.Components.Pages.Outlets;

/// <summary>One row of the outlets table.</summary>
public sealed record Outlet(long Id, string Name, long Articles, IReadOnlyList<string> Aliases);
