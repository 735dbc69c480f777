using System.CommandLine;
using Dashboard.Data.Sources;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Dashboard.Cli.Commands;

/// <summary><c>dashboard sources list | alias | rename | merge</c>: the outlets and the names they go by.</summary>
internal static class SourcesCommand
{
    public static Command Create()
    {
        var list = new Command("list", "List the outlets with their aliases and article counts.");
        list.SetAction(async (_, cancellationToken) =>
        {
            await using var services = CliServices.BuildMigrated();
            var table = new Table().AddColumns("outlet", "articles", "aliases");
            foreach (var (_, name, articles, aliases) in await services.GetRequiredService<SourceCatalog>().ListAsync(cancellationToken))
            {
                table.AddRow(Markup.Escape(name), $"{articles:N0}", Markup.Escape(string.Join("، ", aliases)));
            }

            AnsiConsole.Write(table);
            return 0;
        });

        return new Command("sources", "Edit outlets: the names and addresses that lead to each, display names, merges.")
        {
            list,
            Change("alias", "Make a name or web address lead to an outlet.", "source", "alias", (catalog, a, b, ct) => catalog.AddAliasAsync(a, b, ct)),
            Change("rename", "Show an outlet under a new name.", "source", "name", (catalog, a, b, ct) => catalog.RenameAsync(a, b, ct)),
            Change("merge", "Move every article and alias of one outlet to another (run 'dashboard reextract' afterwards to recount incidents).", "from", "into", (catalog, a, b, ct) => catalog.MergeAsync(a, b, ct)),
        };
    }

    private static Command Change(string name, string description, string first, string second, Func<SourceCatalog, string, string, CancellationToken, Task> change)
    {
        var a = new Argument<string>(first);
        var b = new Argument<string>(second);
        var command = new Command(name, description) { a, b };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var services = CliServices.BuildMigrated();
            try
            {
                await change(services.GetRequiredService<SourceCatalog>(), parse.GetValue(a)!, parse.GetValue(b)!, cancellationToken);
            }
            catch (Exception exception) when (exception is KeyNotFoundException or ArgumentException)
            {
                await Console.Error.WriteLineAsync($"sources {name}: {exception.Message}");
                return 2;
            }

            AnsiConsole.MarkupLine("[green]done[/]");
            return 0;
        });
        return command;
    }
}
