using System.CommandLine;
using System.Globalization;
using Dashboard.Cli.Evaluation;
using Dashboard.Core.Actors;
using Dashboard.Core.Actors.Gazetteer;
using Dashboard.Core.Actors.Tagging;
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
        var dev = new Option<FileInfo>("--dev")
        {
            Description = "BIO-tagged evaluation data; defaults to ../shared/data/anercorp/dev.tsv.",
            DefaultValueFactory = _ => new FileInfo(SharedData.PathOf(Path.Combine("anercorp", "dev.tsv"))),
        };
        var model = new Option<FileInfo?>("--model") { Description = "A model file to score instead of the shipped one." };
        var dump = new Option<FileInfo?>("--dump") { Description = "Write token, gold tag, predicted tag and gazetteer label per line, to read the errors." };
        var actors = new Command("actors", "Score the actor tagger: entity-level precision, recall and F1 per kind.") { dev, model, dump };
        actors.SetAction(parse =>
        {
            var file = parse.GetValue(dev)!;
            if (!file.Exists)
            {
                Console.Error.WriteLine($"eval: {file.FullName} does not exist; pass --dev FILE.");
                return 2;
            }

            var tagger = parse.GetValue(model) is { } path ? TaggerModel.Load(File.OpenRead(path.FullName)) : ShippedTagger.Model;
            using var dumpWriter = parse.GetValue(dump) is { } dumpFile ? new StreamWriter(dumpFile.FullName) : null;
            var corpus = TaggedCorpus.Read(file.FullName);
            foreach (var row in NerTraining.Evaluate(corpus, tagger, ActorGazetteer.Default, dumpWriter))
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"tagger {row.Kind,-5} precision {row.Precision:F3} recall {row.Recall:F3} F1 {row.F1:F3} (matched {row.Matched}, predicted {row.Predicted}, gold {row.Gold})"));
            }

            using var errors = parse.GetValue(dump) is { } errorFile ? new StreamWriter(errorFile.FullName + ".errors") : null;
            foreach (var row in NerTraining.EvaluateExtractor(corpus, new ActorExtractor(tagger, ActorGazetteer.Default), errors))
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"actors {row.Kind,-5} precision {row.Precision:F3} recall {row.Recall:F3} F1 {row.F1:F3} (matched {row.Matched}, predicted {row.Predicted}, gold {row.Gold})"));
            }

            return 0;
        });
        return new Command("eval", "Measure the extractors on annotated data.") { casualties, actors };
    }
}
