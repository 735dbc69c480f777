namespace Dashboard.Core.Actors.Tagging;

/// <summary>Entity-level counts for one kind (or all): an entity matches when its type and token span are both exact.</summary>
public sealed record EntityScore(string Kind, int Matched, int Predicted, int Gold)
{
    /// <summary>Matched over predicted.</summary>
    public double Precision => Predicted == 0 ? 0 : (double)Matched / Predicted;

    /// <summary>Matched over gold.</summary>
    public double Recall => Gold == 0 ? 0 : (double)Matched / Gold;

    /// <summary>Harmonic mean of precision and recall.</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}
