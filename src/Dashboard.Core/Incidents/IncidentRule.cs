namespace Dashboard.Core.Incidents;

/// <summary>
/// When two reports are of one event: the same place (or, with no place, victims of the same
/// organisation), published within a few days of each other, with figures that agree the way
/// reports of one event do: tolls rise as bodies are counted, but not tenfold. An incident is every
/// report linked to another by this rule, directly or through others, so the incidents found do not
/// depend on the order in which articles arrive.
/// </summary>
public static class IncidentRule
{
    /// <summary>How far apart two reports of one event may be published.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromDays(3);

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
