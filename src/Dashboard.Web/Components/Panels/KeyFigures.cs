namespace Dashboard.Web.Components.Panels;

/// <summary>The headline numbers of a range: articles, outlets, actors, incidents and the killed and wounded ranges.</summary>
public sealed record KeyFigures(long Articles, long Outlets, long Actors, long Incidents, long KilledMin, long KilledMax, long WoundedMin, long WoundedMax);
