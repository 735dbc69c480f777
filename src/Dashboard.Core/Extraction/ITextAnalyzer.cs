namespace Dashboard.Core.Extraction;

/// <summary>Finds actors and casualty figures in one text; offsets point into that text.</summary>
public interface ITextAnalyzer
{
    /// <summary>The facts of one text.</summary>
    TextFacts Analyze(string text);
}
