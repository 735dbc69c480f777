using System.Reflection;

namespace Dashboard.E2E;

/// <summary>Where the repository and the built web app are, found from the test's own location.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string WebProject => Path.Combine(Root, "src", "Dashboard.Web");

    public static string WebAssembly => Built("Dashboard.Web", "Dashboard.Web.dll");

    public static string CliAssembly => Built("Dashboard.Cli", "dashboard.dll");

    public static string Screenshots => Directory.CreateDirectory(Path.Combine(Root, "docs", "images")).FullName;

    public static string Artifacts => Directory.CreateDirectory(Path.Combine(Root, "artifacts", "e2e")).FullName;

    private static string Built(string project, string assembly)
    {
        var configuration = typeof(RepositoryPaths).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
        return Path.Combine(Root, "src", project, "bin", configuration, "net10.0", assembly);
    }

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Dashboard.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"Dashboard.sln not found above {AppContext.BaseDirectory}");
    }
}
