using System.Diagnostics;

namespace Dashboard.Cli.Tests;

/// <summary>Runs the built <c>dashboard</c> command as scripts do: a separate process with its own environment.</summary>
internal static class DashboardProcess
{
    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(string database, string? input, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "dashboard.dll"), .. arguments])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
        };
        start.Environment["ConnectionStrings__Dashboard"] = $"Data Source={database}";
        using var process = Process.Start(start)!;
        if (input is not null)
        {
            await process.StandardInput.WriteAsync(input);
        }

        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await error);
    }
}
