using System.CommandLine;
using System.Globalization;
using Dashboard.Cli.Evaluation;
using Spectre.Console;

namespace Dashboard.Cli.Commands;

/// <summary><c>dashboard eval casualties [--gold FILE] [--misses]</c>: precision, recall and F1 against hand-annotated sentences.</summary>
internal static class EvaluateCommand
{
    public static Command Create()
    {
        var gold = new Option<FileInfo>("--gold")
        {
            Description = "Gold JSON Lines (text and facts); defaults to ../shared/data/casualties-dev.jsonl beside the checkout.",
            DefaultValueFactory = _ => new FileInfo(SharedData.PathOf("casualties-dev.jsonl")),
        };
        var misses = new Option<bool>("--misses") { Description = "List every sentence with a missing or extra fact." };
        var casualties = new Command("casualties", "Score the casualty extractor.") { gold, misses };
        casualties.SetAction(parse =>
        {
            var file = parse.GetValue(gold)!;
            if (!file.Exists)
            {
                Console.Error.WriteLine($"eval: {file.FullName} does not exist; pass --gold FILE.");
                return 2;
            }

            var (score, missed) = CasualtyEvaluation.Run(file.FullName);
            if (parse.GetValue(misses))
            {
                foreach (var miss in missed)
                {
                    AnsiConsole.MarkupLineInterpolated($"[yellow]{miss.Id}[/] missing [red]{string.Join("; ", miss.Missing)}[/] extra [blue]{string.Join("; ", miss.Extra)}[/]");
                    AnsiConsole.WriteLine("    " + miss.Text);
                }
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"casualties: precision {score.Precision:F3} recall {score.Recall:F3} F1 {score.F1:F3} (matched {score.Matched}, predicted {score.Predicted}, gold {score.Gold})"));
            return 0;
        });
        return new Command("eval", "Measure the extractors on annotated data.") { casualties };
    }
}
