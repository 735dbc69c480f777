namespace Dashboard.Web.Components.Charts.Options;

/// <summary>The built-in toolbar.</summary>
public sealed record Toolbar(bool Show);
