using Dashboard.Core.Actors;
using Dashboard.Core.Casualties;

namespace Dashboard.Core.Extraction;

/// <summary>The analyzer ingestion and <c>dashboard extract</c> use: actors with their canonical names, and casualty figures linked to their predicates.</summary>
public sealed class NewsTextAnalyzer(ActorExtractor actors) : ITextAnalyzer
{
    private readonly CasualtyExtractor _casualties = new();

    /// <summary>An analyzer with the shipped tagger model and gazetteer.</summary>
    public NewsTextAnalyzer()
        : this(ActorExtractor.Default)
    {
    }

    /// <inheritdoc />
    public TextFacts Analyze(string text)
    {
        var mentions = actors.Extract(text);
        return new TextFacts(mentions, CasualtyContext.Link(text, _casualties.Extract(text), mentions));
    }
}
