using System.CommandLine;
using Dashboard.Data.Security;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Dashboard.Cli.Commands;

/// <summary>
/// <c>dashboard users add NAME --role ROLE | list | role NAME ROLE | password NAME | unlock NAME | remove NAME</c>:
/// the people who sign in to the dashboard. Passwords are typed at a hidden prompt, or read from the
/// first line of standard input when it is redirected, never taken from the command line, where they
/// would stay in the shell's history and the process list.
/// </summary>
internal static class UsersCommand
{
    public static Command Create()
    {
        var role = new Option<string>("--role") { Description = "viewer, editor or admin", DefaultValueFactory = _ => "viewer" };
        var name = new Argument<string>("name") { Description = "the user name" };
        var add = new Command("add", "Add a user; the first admin is made this way.") { name, role };
        add.SetAction((parse, cancellationToken) => RunAsync(async users =>
        {
            var chosen = RequireRole(parse.GetValue(role));
            var user = await users.AddAsync(parse.GetValue(name)!, await ReadPasswordAsync(cancellationToken), chosen, cancellationToken);
            AnsiConsole.MarkupLine($"[green]added[/] {Markup.Escape(user.UserName)} as {UserAccounts.RoleText(user.Role)}");
        }));

        var list = new Command("list", "List the users and their roles (never their passwords).");
        list.SetAction((_, cancellationToken) => RunAsync(async users =>
        {
            var table = new Table().AddColumns("name", "role", "added", "locked until");
            foreach (var user in await users.ListAsync(cancellationToken))
            {
                table.AddRow(Markup.Escape(user.UserName), UserAccounts.RoleText(user.Role), Format(user.Created), user.LockedUntil is { } until ? Format(until) : "");
            }

            AnsiConsole.Write(table);
        }));

        var newRole = new Argument<string>("role") { Description = "viewer, editor or admin" };
        var setRole = new Command("role", "Give a user another role; their current sign-ins end.") { name, newRole };
        setRole.SetAction((parse, cancellationToken) => RunAsync(async users =>
        {
            await users.SetRoleAsync(parse.GetValue(name)!, RequireRole(parse.GetValue(newRole)), cancellationToken);
            AnsiConsole.MarkupLine("[green]role changed[/]");
        }));

        var password = new Command("password", "Set a new password; the user's current sign-ins end and any lock-out with them.") { name };
        password.SetAction((parse, cancellationToken) => RunAsync(async users =>
        {
            await users.SetPasswordAsync(parse.GetValue(name)!, await ReadPasswordAsync(cancellationToken), cancellationToken);
            AnsiConsole.MarkupLine("[green]password changed[/]");
        }));

        var unlock = new Command("unlock", "End a lock-out after too many wrong passwords.") { name };
        unlock.SetAction((parse, cancellationToken) => RunAsync(async users =>
        {
            await users.UnlockAsync(parse.GetValue(name)!, cancellationToken);
            AnsiConsole.MarkupLine("[green]unlocked[/]");
        }));

        var remove = new Command("remove", "Remove a user; their sign-ins stop working at once.") { name };
        remove.SetAction((parse, cancellationToken) => RunAsync(async users =>
        {
            await users.RemoveAsync(parse.GetValue(name)!, cancellationToken);
            AnsiConsole.MarkupLine("[green]removed[/]");
        }));

        return new Command("users", "The people who sign in: add, list, role, password, unlock, remove.") { add, list, setRole, password, unlock, remove };
    }

    private static async Task<int> RunAsync(Func<UserAccounts, Task> action)
    {
        await using var services = CliServices.BuildMigrated();
        try
        {
            await action(services.GetRequiredService<UserAccounts>());
            return 0;
        }
        catch (UserAccountException refused)
        {
            await Console.Error.WriteLineAsync($"users: {refused.Message}");
            return 2;
        }
    }

    private static UserRole RequireRole(string? text) =>
        UserAccounts.ParseRole(text) ?? throw new UserAccountException($"'{text}' is not a role: use viewer, editor or admin");

    private static async Task<string> ReadPasswordAsync(CancellationToken cancellationToken)
    {
        if (Console.IsInputRedirected)
        {
            return await Console.In.ReadLineAsync(cancellationToken) ?? "";
        }

        var first = await AnsiConsole.PromptAsync(new TextPrompt<string>("Password:").Secret(), cancellationToken);
        var second = await AnsiConsole.PromptAsync(new TextPrompt<string>("Again:").Secret(), cancellationToken);
        return first == second ? first : throw new UserAccountException("the two passwords differ");
    }

    private static string Format(DateTimeOffset instant) => instant.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture);
}
