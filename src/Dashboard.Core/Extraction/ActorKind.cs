namespace Dashboard.Core.Extraction;

/// <summary>What an actor is; serialised as <c>person</c>, <c>organization</c> or <c>place</c>.</summary>
public enum ActorKind
{
    /// <summary>A named person.</summary>
    Person,

    /// <summary>An organisation: government body, group, party, agency, company.</summary>
    Organization,

    /// <summary>A place: country, region, city, site.</summary>
    Place,
}
