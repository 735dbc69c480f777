using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Dashboard.E2E;

/// <summary>
/// The real web app as a child process on a free loopback port, over a temporary SQLite database, or
/// a new database on the PostgreSQL test server when <c>DASHBOARD_TEST_ENGINE=postgres</c>.
/// </summary>
internal sealed class DashboardServer : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _log = new();
    private readonly string _folder;
    private readonly TestPostgresDatabase? _postgres;

    private DashboardServer(Process process, string folder, Uri address, TestPostgresDatabase? postgres)
    {
        _process = process;
        _folder = folder;
        _postgres = postgres;
        Address = address;
    }

    public Uri Address { get; }

    public string Log
    {
        get
        {
            lock (_log)
            {
                return _log.ToString();
            }
        }
    }

    /// <summary>The password of every user the tests add.</summary>
    public const string Password = "كلمة-سر-الاختبار-2017";

    /// <summary>Starts the app after adding one user per name in <paramref name="users"/> (name → role) with the command line.</summary>
    public static async Task<DashboardServer> StartAsync(IReadOnlyDictionary<string, string>? environment = null, IReadOnlyDictionary<string, string>? users = null)
    {
        if (!File.Exists(RepositoryPaths.WebAssembly))
        {
            throw new InvalidOperationException($"The web app is not built: {RepositoryPaths.WebAssembly} is missing.");
        }

        var folder = Directory.CreateTempSubdirectory("dashboard-e2e-").FullName;
        var port = FreePort();
        var address = new Uri($"http://127.0.0.1:{port}/");
        var start = new ProcessStartInfo("dotnet", [RepositoryPaths.WebAssembly, "--urls", address.ToString().TrimEnd('/')])
        {
            WorkingDirectory = RepositoryPaths.WebProject,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        var postgres = TestPostgresDatabase.CreateIfChosen();
        if (postgres is not null)
        {
            start.Environment["Database__Provider"] = "postgres";
            start.Environment["ConnectionStrings__Dashboard"] = postgres.ConnectionString;
        }
        else
        {
            start.Environment["ConnectionStrings__Dashboard"] = $"Data Source={Path.Combine(folder, "dashboard.db")}";
        }

        start.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        foreach (var (name, role) in users ?? new Dictionary<string, string>())
        {
            await AddUserAsync(start.Environment, name, role);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        var server = new DashboardServer(process, folder, address, postgres);
        process.OutputDataReceived += (_, e) => server.Append(e.Data);
        process.ErrorDataReceived += (_, e) => server.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await server.WaitUntilServingAsync(TimeSpan.FromSeconds(90));
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        _postgres?.Dispose();

        // The app's warnings and errors, kept for reading after a failed run.
        await File.WriteAllTextAsync(Path.Combine(RepositoryPaths.Artifacts, _postgres is null ? "server-sqlite.log" : "server-postgres.log"), Log);
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A temporary folder left behind is harmless.
        }
    }

    private static async Task AddUserAsync(IDictionary<string, string?> environment, string name, string role)
    {
        var add = new ProcessStartInfo("dotnet", [RepositoryPaths.CliAssembly, "users", "add", name, "--role", role])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var (key, value) in environment)
        {
            add.Environment[key] = value;
        }

        using var process = Process.Start(add) ?? throw new InvalidOperationException("dotnet did not start");
        await process.StandardInput.WriteLineAsync(Password);
        process.StandardInput.Close();
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"users add {name} failed with {process.ExitCode}: {error}");
        }
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_log)
        {
            _log.AppendLine(line);
        }
    }

    private async Task WaitUntilServingAsync(TimeSpan timeout)
    {
        using var http = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The web app exited with {_process.ExitCode}:\n{Log}");
            }

            try
            {
                using var response = await http.GetAsync("health");
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Still starting.
            }

            await Task.Delay(250);
        }

        throw new TimeoutException($"The web app did not answer within {timeout}:\n{Log}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
