using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Dashboard.Core.Demo;
using Dashboard.Data.Ingest;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Dashboard.Cli.Commands;

/// <summary><c>dashboard demo --articles N [--seed S] [--output FILE.jsonl]</c>: the project's own generated news.</summary>
internal static class DemoCommand
{
    public static Command Create()
    {
        var count = new Option<int>("--articles") { Description = "How many articles to write.", Required = true };
        var seed = new Option<int>("--seed") { Description = "The same seed writes the same articles.", DefaultValueFactory = _ => 1 };
        var end = new Option<DateOnly?>("--end") { Description = $"Last publication day, yyyy-MM-dd (default {DemoCorpusOptions.DefaultEnd:yyyy-MM-dd})." };
        var days = new Option<int>("--days") { Description = "How many days the corpus spans.", DefaultValueFactory = _ => 365 };
        var output = new Option<FileInfo?>("--output") { Description = "Write the articles here instead of storing them (a folder for --format text)." };
        var format = new Option<string>("--format") { Description = "File format with --output: jsonl, json, csv, rss or text (the aggregator's export, one file per article).", DefaultValueFactory = _ => "jsonl" };
        format.AcceptOnlyFromAmong("jsonl", "json", "csv", "rss", "text");
        var command = new Command("demo", "Generate realistic Arabic demo articles.") { count, seed, end, days, output, format };
        count.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 1)
            {
                result.AddError("--articles must be at least 1.");
            }
        });
        days.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 1)
            {
                result.AddError("--days must be at least 1.");
            }
        });
        command.SetAction(async (parse, cancellationToken) =>
        {
            var options = new DemoCorpusOptions(parse.GetValue(count), parse.GetValue(seed), parse.GetValue(end), parse.GetValue(days));
            if (parse.GetValue(output) is { } file)
            {
                await DemoFiles.WriteAsync(new DemoCorpusGenerator(options).Generate(), parse.GetValue(format)!, file.FullName, cancellationToken);
                AnsiConsole.MarkupLineInterpolated($"wrote {options.Articles} articles to {file.FullName}");
                return 0;
            }

            await using var services = CliServices.BuildMigrated();
            var seeder = services.GetRequiredService<DemoSeeder>();
            var added = await AnsiConsole.Progress().StartAsync(async context =>
            {
                var task = context.AddTask("demo articles", maxValue: options.Articles);
                return await seeder.SeedAsync(options, new Progress<int>(n => task.Value = n), cancellationToken);
            });
            AnsiConsole.MarkupLineInterpolated($"stored {added} new articles ({options.Articles - added} were already there)");
            return 0;
        });
        return command;
    }

}
