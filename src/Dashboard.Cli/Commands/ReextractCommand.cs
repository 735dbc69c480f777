using System.CommandLine;
using Dashboard.Data.Extraction;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Dashboard.Cli.Commands;

/// <summary><c>dashboard reextract</c>: runs extraction again over every stored article, keeping curation.</summary>
internal static class ReextractCommand
{
    public static Command Create()
    {
        var command = new Command("reextract", "Extract actors, casualties and incidents again from every stored article.");
        command.SetAction(async (_, cancellationToken) =>
        {
            await using var services = CliServices.BuildMigrated();
            var reextractor = services.GetRequiredService<Reextractor>();
            await AnsiConsole.Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
                .StartAsync(async context =>
                {
                    var task = context.AddTask("re-extraction", maxValue: 1);
                    await reextractor.RunAsync(new Progress<ReextractionProgress>(p =>
                    {
                        task.MaxValue = Math.Max(1, p.Total);
                        task.Value = p.Done;
                        task.Description = $"{p.Done:N0}/{p.Total:N0} articles";
                    }), cancellationToken);
                });
            return 0;
        });
        return command;
    }
}
