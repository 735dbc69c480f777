using Dashboard.Data.Dialects;
using Dashboard.Data.Migrations;
using Dashboard.Data.Security;
using Dashboard.Web.Api;
using Microsoft.Data.Sqlite;

namespace Dashboard.Web.Tests.Api;

public sealed class IngestAuthorizationTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("dashboard-keys-").FullName;
    private readonly ApiKeys _keys;

    public IngestAuthorizationTests()
    {
        var dialect = new SqliteDialect($"Data Source={Path.Combine(_folder, "keys.db")}");
        new SchemaMigrator(dialect).Migrate();
        _keys = new ApiKeys(dialect, TimeProvider.System);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Theory]
    [InlineData(true, true)]
    [InlineData(false, false)]
    public async Task WithNoKeyAtAllOnlyDevelopmentIsOpen(bool development, bool allowed) =>
        Assert.Equal(allowed, await IngestAuthorization.AllowedAsync(null, null, development, _keys));

    [Fact]
    public async Task OnceAKeyExistsEvenDevelopmentNeedsIt()
    {
        var (_, key) = await _keys.CreateAsync("مزود");

        Assert.False(await IngestAuthorization.AllowedAsync(null, null, development: true, _keys));
        Assert.True(await IngestAuthorization.AllowedAsync(key, null, development: false, _keys));
    }

    [Fact]
    public async Task TheConfiguredKeyWorksAndAnyOtherValueDoesNot()
    {
        Assert.True(await IngestAuthorization.AllowedAsync("s3cret-key", "s3cret-key", development: false, _keys));
        Assert.False(await IngestAuthorization.AllowedAsync("s3cret-kex", "s3cret-key", development: false, _keys));
        Assert.False(await IngestAuthorization.AllowedAsync(null, "s3cret-key", development: true, _keys));
    }
}
