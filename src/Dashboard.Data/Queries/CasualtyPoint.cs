namespace Dashboard.Data.Queries;

/// <summary>Casualties of one period, counted per incident: the sums of each incident's lowest and highest reported figures.</summary>
public sealed record CasualtyPoint(string Period, long Incidents, long Reports, long KilledMin, long KilledMax, long WoundedMin, long WoundedMax);
