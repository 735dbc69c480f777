namespace Dashboard.Web.Components.Charts.Options;

/// <summary>How the tooltip shows the x value.</summary>
public sealed record TooltipX(string? Format);
