using Dashboard.Core.Casualties;

namespace Dashboard.Core.Extraction;

/// <summary>
/// The analyzer ingestion and <c>dashboard extract</c> use: casualty figures linked to their
/// predicates. Actor extraction is not built yet, so actors are always empty for now.
/// </summary>
public sealed class NewsTextAnalyzer : ITextAnalyzer
{
    private readonly CasualtyExtractor _casualties = new();

    /// <inheritdoc />
    public TextFacts Analyze(string text) => new([], _casualties.Extract(text));
}
