namespace Dashboard.Cli.Commands;

/// <summary>One rejected input in the JSON report.</summary>
internal sealed record RejectedJson(string File, int? Line, string Reason);
