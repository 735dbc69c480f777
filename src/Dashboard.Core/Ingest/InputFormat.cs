namespace Dashboard.Core.Ingest;

/// <summary>The input formats the ingester recognises by their content.</summary>
public enum InputFormat
{
    /// <summary>Nothing this build reads.</summary>
    Unknown,

    /// <summary>gzip-compressed; the format of what is inside is detected again.</summary>
    Gzip,

    /// <summary>One JSON object a line.</summary>
    JsonLines,

    /// <summary>A JSON array of objects.</summary>
    JsonArray,

    /// <summary>The news aggregator's plain-text export.</summary>
    AggregatorText,
}
