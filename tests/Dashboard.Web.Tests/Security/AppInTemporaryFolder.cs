using Microsoft.AspNetCore.Mvc.Testing;

namespace Dashboard.Web.Tests.Security;

/// <summary>The real app in process over a SQLite file in a temporary folder of its own, deleted with it.</summary>
public abstract class AppInTemporaryFolder : WebApplicationFactory<Program>
{
    /// <summary>The connection string of the app's database.</summary>
    protected string ConnectionString { get; } = $"Data Source={Path.Combine(Directory.CreateTempSubdirectory("dashboard-app-").FullName, "dashboard.db")}";

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        try
        {
            Directory.Delete(Path.GetDirectoryName(ConnectionString["Data Source=".Length..])!, recursive: true);
        }
        catch (IOException)
        {
            // A temporary folder left behind is harmless.
        }
    }
}
