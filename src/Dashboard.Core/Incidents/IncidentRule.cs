namespace Dashboard.Core.Incidents;

/// <summary>
/// When two reports are of one event: the same place (or, with no place, victims of the same
/// organisation), published within a few days of each other, with figures that agree the way
/// reports of one event do: tolls rise as bodies are counted, but not tenfold. An incident is every
/// report linked to another by this rule, directly or through others, as long as the incident stays
/// <see cref="Coherent"/>: no longer than <see cref="LongestIncident"/> and with figures that all agree.
/// Without that bound one city's daily reports chain into a single incident spanning the year (60,000
/// facts in one incident of the generated corpus at 90,000 articles; 492 reports in الأحساء over three
/// weeks of SaudiNewsNet). The bound makes the incidents depend a little on the order in which articles
/// arrive; re-extraction reads them in publication order.
/// </summary>
public static class IncidentRule
{
    /// <summary>How far apart two reports of one event may be published.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromDays(3);

    /// <summary>How long an incident's reports may go on, from the first to the last: a toll is revised for days, not for weeks.</summary>
    public static readonly TimeSpan LongestIncident = TimeSpan.FromDays(7);

    /// <summary>
    /// Whether reports with these figures and times can be one incident: they span no more than
    /// <see cref="LongestIncident"/>, and the lowest and highest figure of each kind agree as two
    /// linked reports' figures must. A chain 12 → 30 → 90, each step agreeing, is not one event.
    /// </summary>
    public static bool Coherent(IncidentSummary incident)
    {
        ArgumentNullException.ThrowIfNull(incident);
        return incident.Last - incident.First <= LongestIncident
            && Agree(incident.KilledLow, incident.KilledHigh) is not false
            && Agree(incident.WoundedLow, incident.WoundedHigh) is not false;
    }

    /// <summary>
    /// Whether two reports are of the same event. Copies of one story (<paramref name="sameStory"/>: the
    /// near-duplicate detection grouped their articles) need no common place, only agreeing figures.
    /// </summary>
    public static bool Links(EventReport first, EventReport second, bool sameStory = false)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        if ((first.Published - second.Published).Duration() > Window)
        {
            return false;
        }

        // A country is too wide a place: the daily reports of a war in Yemen would chain into one
        // incident. Two reports placed only in a country are one event when they are one story.
        var samePlace = sameStory || (first.Place is not null
            ? first.Place == second.Place && !Actors.Gazetteer.ActorGazetteer.Default.Regions.Contains(first.Place)
            : second.Place is null && first.Affiliation is not null && first.Affiliation == second.Affiliation);
        if (!samePlace)
        {
            return false;
        }

        var killed = Agree(first.Killed, second.Killed);
        var wounded = Agree(first.Wounded, second.Wounded);
        return killed is not false && wounded is not false && (killed is true || wounded is true);
    }

    // Null when either report gives no figure; else whether one is within a factor of three (plus a
    // few, for small tolls) of the other.
    private static bool? Agree(long? first, long? second)
    {
        if (first is null || second is null)
        {
            return null;
        }

        var (low, high) = first.Value <= second.Value ? (first.Value, second.Value) : (second.Value, first.Value);
        return high <= (3 * low) + 5;
    }
}
