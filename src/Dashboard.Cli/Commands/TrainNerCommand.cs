using System.CommandLine;
using System.Globalization;
using Dashboard.Core.Actors.Gazetteer;
using Dashboard.Core.Actors.Tagging;

namespace Dashboard.Cli.Commands;

/// <summary><c>dashboard train-ner [--train FILE] [--output FILE] [--iterations N]</c>: trains the entity tagger that ships with the project.</summary>
internal static class TrainNerCommand
{
    public const string ShippedModel = "src/Dashboard.Core/Actors/Model/ner-anercorp.bin.gz";

    public static Command Create()
    {
        var train = new Option<FileInfo>("--train")
        {
            Description = "BIO-tagged training data; defaults to ../shared/data/anercorp/train.tsv.",
            DefaultValueFactory = _ => new FileInfo(SharedData.PathOf(Path.Combine("anercorp", "train.tsv"))),
        };
        var output = new Option<FileInfo>("--output")
        {
            Description = $"Where to write the model; defaults to {ShippedModel} in the checkout.",
            DefaultValueFactory = _ => new FileInfo(RepositoryFile(ShippedModel)),
        };
        var iterations = new Option<int>("--iterations") { Description = "Training passes.", DefaultValueFactory = _ => 15 };
        var seed = new Option<int>("--seed") { Description = "Shuffle seed; the same seed trains the same model.", DefaultValueFactory = _ => 1 };
        var prune = new Option<float>("--prune") { Description = "Leave out weights smaller than this, to keep the model file small.", DefaultValueFactory = _ => 0.5f };
        var command = new Command("train-ner", "Train the actor tagger (averaged perceptron) on ANERcorp-style data.") { train, output, iterations, seed, prune };
        command.SetAction(parse =>
        {
            var file = parse.GetValue(train)!;
            if (!file.Exists)
            {
                Console.Error.WriteLine($"train-ner: {file.FullName} does not exist; pass --train FILE.");
                return 2;
            }

            var sentences = TaggedCorpus.Read(file.FullName);
            Console.WriteLine($"training on {sentences.Count} sentences from {file.FullName}");
            var model = NerTraining.Train(sentences, parse.GetValue(iterations), parse.GetValue(seed), ActorGazetteer.Default,
                (pass, accuracy) => Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"pass {pass}: token accuracy {accuracy:P2}")));
            var target = parse.GetValue(output)!;
            Directory.CreateDirectory(target.DirectoryName!);
            using (var stream = File.Create(target.FullName))
            {
                model.Save(stream, parse.GetValue(prune));
            }

            Console.WriteLine($"wrote {target.FullName} ({new FileInfo(target.FullName).Length / 1024} KiB, {model.FeatureCount} features before pruning)");
            return 0;
        });
        return command;
    }

    private static string RepositoryFile(string relative)
    {
        for (var folder = new DirectoryInfo(Directory.GetCurrentDirectory()); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Dashboard.sln")))
            {
                return Path.Combine(folder.FullName, relative);
            }
        }

        return Path.GetFullPath(relative);
    }
}
