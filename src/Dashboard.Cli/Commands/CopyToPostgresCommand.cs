using System.CommandLine;
using Dashboard.Data.Configuration;
using Dashboard.Data.Copying;
using Dashboard.Data.Dialects;
using Spectre.Console;

namespace Dashboard.Cli.Commands;

/// <summary>
/// <c>dashboard copy-to-postgres CONNECTION</c>: moves the configured SQLite database into an empty PostgreSQL
/// database, for a deployment outgrowing the embedded engine.
/// </summary>
internal static class CopyToPostgresCommand
{
    public static Command Create()
    {
        var target = new Argument<string>("connection") { Description = "Npgsql connection string of an empty PostgreSQL database (Host=…;Database=…;Username=…;Password=…)." };
        var command = new Command("copy-to-postgres", "Copy the configured SQLite database, every article, actor, figure, curation and account, into an empty PostgreSQL database.")
        {
            target,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var options = DatabaseOptions.From(CliServices.Configuration());
            if (options.Provider != DatabaseProvider.Sqlite)
            {
                await Console.Error.WriteLineAsync($"The configured database ({DatabaseOptions.ProviderKey}) is already PostgreSQL; the copy reads a SQLite one.");
                return 2;
            }

            var source = new SqliteDialect(options.ConnectionString);
            await using var destination = new PostgresDialect(parse.GetValue(target)!);
            IReadOnlyList<CopiedTable> copied = [];
            try
            {
                await AnsiConsole.Progress()
                    .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
                    .StartAsync(async context =>
                    {
                        var tasks = new Dictionary<string, ProgressTask>(StringComparer.Ordinal);
                        copied = await new SqliteToPostgresCopy(source, destination).CopyAsync(new Progress<CopiedTable>(p =>
                        {
                            if (!tasks.TryGetValue(p.Table, out var task))
                            {
                                tasks[p.Table] = task = context.AddTask(p.Table, maxValue: 1);
                            }

                            task.MaxValue = Math.Max(1, p.TotalRows);
                            task.Value = p.Rows;
                            task.Description = $"{p.Table} {p.Rows:N0}/{p.TotalRows:N0}";
                        }), cancellationToken);
                    });
            }
            catch (Exception failed) when (failed is InvalidOperationException or Npgsql.NpgsqlException)
            {
                // A target that holds articles, a server that is not there, a row it refused: nothing was committed,
                // since the copy is one transaction.
                await Console.Error.WriteLineAsync($"The copy into PostgreSQL failed and left the target as it was: {failed.Message}");
                return 1;
            }

            var table = new Table().AddColumn("table").AddColumn(new TableColumn("rows").RightAligned());
            foreach (var done in copied)
            {
                table.AddRow(done.Table, done.Rows.ToString("N0", System.Globalization.CultureInfo.InvariantCulture));
            }

            AnsiConsole.Write(table);
            AnsiConsole.MarkupLine("[green]Copied.[/] Set Database__Provider=postgres and ConnectionStrings__Dashboard to the target to serve it.");
            return 0;
        });
        return command;
    }
}
