namespace Dashboard.Core.Extraction;

/// <summary>
/// NOT IMPLEMENTED YET: the actor and casualty extractors come with the text-analysis issue.
/// Until then every text yields no facts, so the extract command keeps its contract (one line
/// out per line in, the same ids, per-line errors) with empty lists, as the skeleton allows.
/// </summary>
public sealed class PendingTextAnalyzer : ITextAnalyzer
{
    /// <inheritdoc />
    public TextFacts Analyze(string text) => TextFacts.None;
}
