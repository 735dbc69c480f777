using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace Dashboard.Cli.Tests;

/// <summary>Runs the built <c>dashboard</c> and kills it with SIGKILL part-way, as a crash would.</summary>
internal static class KilledRun
{
    /// <summary>
    /// Starts <c>dashboard ARGUMENTS</c> on the database, waits <paramref name="delay"/>, calls
    /// <paramref name="beforeKill"/>, then kills it; returns whether it had already finished.
    /// </summary>
    public static async Task<bool> RunAsync(string database, TimeSpan delay, Action? beforeKill, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "dashboard.dll"), .. arguments])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["ConnectionStrings__Dashboard"] = $"Data Source={database}";
        using var process = Process.Start(start)!;
        _ = process.StandardOutput.ReadToEndAsync();
        _ = process.StandardError.ReadToEndAsync();
        await Task.Delay(delay);
        beforeKill?.Invoke();
        var exited = process.HasExited;
        if (!exited)
        {
            process.Kill(); // SIGKILL on Linux: no chance to clean up
        }

        await process.WaitForExitAsync();
        return exited;
    }

    /// <summary>
    /// Rows of the per-day aggregates (outlets, actors, actor totals) and incidents whose figures a
    /// recount from the raw tables does not reproduce.
    /// </summary>
    public static async Task<long> AggregateMismatchesAsync(string database)
    {
        var dialect = new Dashboard.Data.Dialects.SqliteDialect($"Data Source={database};Pooling=False;Default Timeout=30");
        return await new Dashboard.Data.Aggregates.DailyAggregates(dialect).MismatchesAsync()
            + await new Dashboard.Data.Extraction.IncidentAudit(dialect).MismatchesAsync();
    }

    /// <summary>SQLite's own check of the file: "ok" when it is sound.</summary>
    public static string IntegrityCheck(string database)
    {
        using var connection = new SqliteConnection($"Data Source={database};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA integrity_check";
        return (string)command.ExecuteScalar()!;
    }
}
