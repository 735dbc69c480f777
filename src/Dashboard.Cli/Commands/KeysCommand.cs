using System.CommandLine;
using Dashboard.Data.Security;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Dashboard.Cli.Commands;

/// <summary><c>dashboard keys add NAME [--scope ingest|read] | list | revoke ID</c>: the API keys of scripts.</summary>
internal static class KeysCommand
{
    public static Command Create()
    {
        var name = new Argument<string>("name") { Description = "who or what the key is for" };
        var scope = new Option<string>("--scope")
        {
            Description = "ingest (POST /api/articles) or read (the JSON API and exports when anonymous viewing is off)",
            DefaultValueFactory = _ => ApiKeys.IngestScope,
        };
        scope.AcceptOnlyFromAmong([.. ApiKeys.Scopes]);
        var add = new Command("add", "Make a key; it is printed once and only its hash is stored.") { name, scope };
        add.SetAction(async (parse, cancellationToken) =>
        {
            await using var services = CliServices.BuildMigrated();
            var (id, key) = await services.GetRequiredService<ApiKeys>().CreateAsync(parse.GetValue(name)!, parse.GetValue(scope)!, cancellationToken);
            await Console.Error.WriteLineAsync($"key {id} made; send it as X-Api-Key. It cannot be shown again:");
            Console.WriteLine(key);
            return 0;
        });

        var list = new Command("list", "List the keys (never the keys themselves).");
        list.SetAction(async (_, cancellationToken) =>
        {
            await using var services = CliServices.BuildMigrated();
            var table = new Table().AddColumns("id", "name", "scope", "created", "revoked");
            foreach (var key in await services.GetRequiredService<ApiKeys>().ListAsync(cancellationToken))
            {
                table.AddRow($"{key.Id}", Markup.Escape(key.Name), key.Scope, key.Created.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture),
                    key.Revoked?.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture) ?? "");
            }

            AnsiConsole.Write(table);
            return 0;
        });

        var id = new Argument<long>("id");
        var revoke = new Command("revoke", "Stop a key from working.") { id };
        revoke.SetAction(async (parse, cancellationToken) =>
        {
            await using var services = CliServices.BuildMigrated();
            if (!await services.GetRequiredService<ApiKeys>().RevokeAsync(parse.GetValue(id), cancellationToken))
            {
                await Console.Error.WriteLineAsync($"keys revoke: there is no working key {parse.GetValue(id)}");
                return 2;
            }

            AnsiConsole.MarkupLine("[green]revoked[/]");
            return 0;
        });

        return new Command("keys", "API keys for scripts: add, list, revoke.") { add, list, revoke };
    }
}
