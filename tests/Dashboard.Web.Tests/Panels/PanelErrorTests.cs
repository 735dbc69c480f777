using Bunit;
using Dashboard.Data.Dialects;
using Dashboard.Data.Migrations;
using Dashboard.Data.Queries;
using Dashboard.Web.Components.Panels;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace Dashboard.Web.Tests.Panels;

public sealed class PanelErrorTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("dashboard-panel-").FullName;
    private readonly BunitContext _context = new();
    private readonly SqliteDialect _dialect;

    public PanelErrorTests()
    {
        // A database without its tables: every query fails, as when the store is not reachable.
        _dialect = new SqliteDialect($"Data Source={Path.Combine(_folder, "empty.db")}");
        _context.Services.AddMudServices();
        _context.Services.AddLocalization(options => options.ResourcesPath = "Resources");
        _context.Services.AddSingleton(new VolumeQueries(_dialect));
        _context.Services.AddSingleton(new ActorQueries(_dialect));
        _context.Services.AddSingleton(new CasualtyQueries(_dialect));
        _context.JSInterop.Mode = JSRuntimeMode.Loose;
    }

    public void Dispose()
    {
        _context.Dispose();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public void APanelWhoseQueriesFailSaysSoAndRecoversOnRetry()
    {
        var panel = _context.Render<KeyFiguresPanel>(p => p.Add(c => c.Filter, ArticleFilter.All));

        panel.WaitForAssertion(() => Assert.Contains("تعذر تحميل", panel.Find("[data-role=panel-error]").TextContent, StringComparison.Ordinal));

        new SchemaMigrator(_dialect).Migrate();
        panel.Find("[data-action=retry]").Click();

        panel.WaitForAssertion(() => Assert.Empty(panel.FindAll("[data-role=panel-error]")));
        Assert.Equal("0", panel.Find("[data-figure=articles] [data-role=value]").TextContent.Trim());
    }
}
