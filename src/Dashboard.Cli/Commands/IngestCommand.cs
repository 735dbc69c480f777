using System.CommandLine;
using System.Text.Json;
using Dashboard.Data.Ingest;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Dashboard.Cli.Commands;

/// <summary><c>dashboard ingest PATH...</c>: stores every article the files and folders hold, and says what it did.</summary>
internal static class IngestCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Arity = ArgumentArity.OneOrMore, Description = "Files or folders (read recursively)." };
        var dryRun = new Option<bool>("--dry-run") { Description = "Read and check everything, store nothing." };
        var reportFile = new Option<FileInfo?>("--report") { Description = "Also write the summary as JSON to this file." };
        var map = new Option<string[]>("--map") { Description = "CSV column mapping, field=column (title, source, date, url, body), repeatable.", AllowMultipleArgumentsPerToken = true };
        var command = new Command("ingest", "Read articles from files, folders, archives and feed URLs and store them.") { paths, dryRun, reportFile, map };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var services = CliServices.BuildMigrated();
            var ingester = services.GetRequiredService<FileIngester>();
            var report = await AnsiConsole.Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
                .StartAsync(async context =>
                {
                    var task = context.AddTask("ingest", maxValue: 1);
                    var clock = System.Diagnostics.Stopwatch.StartNew();
                    var progress = new Progress<IngestProgress>(p =>
                    {
                        // Bytes when the sizes are known, so the time left is estimated within a large file too.
                        task.MaxValue = p.BytesTotal > 0 ? p.BytesTotal : Math.Max(1, p.FilesTotal);
                        task.Value = p.BytesTotal > 0 ? Math.Min(p.BytesDone, p.BytesTotal) : p.FilesDone;
                        var rate = p.Articles / Math.Max(0.001, clock.Elapsed.TotalSeconds);
                        task.Description = $"{p.FilesDone}/{p.FilesTotal} files, {p.Articles:N0} articles, {rate:N0}/s";
                    });
                    var options = new IngestOptions(parse.GetValue(dryRun), Mapping(parse.GetValue(map) ?? []));
                    return await ingester.IngestAsync(parse.GetValue(paths)!, options, progress, cancellationToken);
                });
            WriteSummary(report, parse.GetValue(dryRun));
            if (parse.GetValue(reportFile) is { } file)
            {
                await File.WriteAllTextAsync(file.FullName, JsonSerializer.Serialize(IngestReportJson.From(report), IngestReportJson.Options), cancellationToken);
            }

            return report.ReadAnything ? 0 : 1;
        });
        return command;
    }

    private static Dictionary<string, string> Mapping(string[] pairs) =>
        pairs.Select(p => p.Split('=', 2)).Where(p => p.Length == 2).ToDictionary(p => p[0].Trim(), p => p[1].Trim(), StringComparer.OrdinalIgnoreCase);

    private static void WriteSummary(IngestReport report, bool dryRun)
    {
        var table = new Table().AddColumns("files", "read", dryRun ? "would add" : "added", "duplicates", "near-duplicates", "not modified", "rejected");
        table.AddRow($"{report.Files}", $"{report.Read}", dryRun ? $"{report.Read}" : $"{report.Added}", $"{report.Duplicates}", $"{report.NearDuplicates}", $"{report.NotModified}", $"{report.Rejected.Count}");
        AnsiConsole.Write(table);
        foreach (var error in report.Rejected)
        {
            AnsiConsole.MarkupLineInterpolated($"[red]rejected[/] {error}");
        }
    }
}
