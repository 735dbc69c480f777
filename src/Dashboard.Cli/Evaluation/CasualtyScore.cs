namespace Dashboard.Cli.Evaluation;

/// <summary>Matched, predicted and gold fact counts, and the figures derived from them.</summary>
internal sealed record CasualtyScore(int Matched, int Predicted, int Gold)
{
    public double Precision => Predicted == 0 ? 0 : (double)Matched / Predicted;

    public double Recall => Gold == 0 ? 0 : (double)Matched / Gold;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}
