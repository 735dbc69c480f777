using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Dashboard.Benchmarks.Soak;

/// <summary>
/// The web app built in Release, as a child process on a free loopback port over a new SQLite file with the demo corpus,
/// or over a kept SQLite file that already holds articles (the ingest benchmark's --database), which is not seeded.
/// </summary>
internal sealed class SoakServer : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _folder;

    private SoakServer(Process process, string folder, Uri address)
    {
        _process = process;
        _folder = folder;
        Address = address;
    }

    public Uri Address { get; }

    /// <summary>The server's resident memory now, in megabytes, read from /proc.</summary>
    public double ResidentMegabytes
    {
        get
        {
            var line = File.ReadLines($"/proc/{_process.Id}/status").FirstOrDefault(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
            return line is null ? 0 : double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture) / 1024;
        }
    }

    public static async Task<SoakServer> StartAsync(string webAssembly, int demoArticles, string? database = null)
    {
        var folder = Directory.CreateTempSubdirectory("dashboard-soak-").FullName;
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var address = new Uri($"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}/");
        listener.Stop();
        var start = new ProcessStartInfo("dotnet", [webAssembly, "--urls", address.ToString().TrimEnd('/')])
        {
            WorkingDirectory = Path.GetDirectoryName(webAssembly)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["Security__AnonymousViewing"] = "true";
        start.Environment["ConnectionStrings__Dashboard"] = $"Data Source={database ?? Path.Combine(folder, "soak.db")}";
        start.Environment["Demo__Articles"] = demoArticles.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        process.OutputDataReceived += (_, e) => Relay(e.Data);
        process.ErrorDataReceived += (_, e) => Relay(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var server = new SoakServer(process, folder, address);
        using var http = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(5) };
        for (var deadline = DateTime.UtcNow.AddMinutes(5); DateTime.UtcNow < deadline; await Task.Delay(500))
        {
            try
            {
                if ((await http.GetAsync(new Uri("health", UriKind.Relative))).IsSuccessStatusCode)
                {
                    return server;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Still seeding.
            }
        }

        await server.DisposeAsync();
        throw new TimeoutException("the web app did not become healthy within five minutes");
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    // The server's warnings and errors belong in the soak's own output: an error there is a finding.
    private static void Relay(string? line)
    {
        if (!string.IsNullOrEmpty(line))
        {
            Console.Error.WriteLine("server: " + line);
        }
    }
}
