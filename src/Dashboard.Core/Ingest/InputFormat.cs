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

    /// <summary>A zip archive; each entry is read as a file of its own.</summary>
    Zip,

    /// <summary>CSV or TSV with a header row.</summary>
    Csv,

    /// <summary>An RSS 2.0 or Atom feed.</summary>
    Feed,

    /// <summary>An HTML page (a feed URL that answers with a web page, say).</summary>
    Html,

    /// <summary>Binary data that is no text at all.</summary>
    Binary,
}
