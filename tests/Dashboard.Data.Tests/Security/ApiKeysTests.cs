using Dashboard.Data.Security;

namespace Dashboard.Data.Tests.Security;

public sealed class ApiKeysTests : IDisposable
{
    private readonly TestDatabase _database = new();

    public void Dispose() => _database.Dispose();

    private ApiKeys Keys => new(_database.Dialect, TimeProvider.System);

    [Fact]
    public async Task AKeyWorksForItsScopeUntilItIsRevoked()
    {
        var (id, key) = await Keys.CreateAsync("مزود الأخبار");

        Assert.True(await Keys.AllowsAsync(key, ApiKeys.IngestScope));
        Assert.True(await Keys.RevokeAsync(id));
        Assert.False(await Keys.AllowsAsync(key, ApiKeys.IngestScope));
        Assert.False(await Keys.RevokeAsync(id));
    }

    [Theory]
    [InlineData("")]
    [InlineData("dash_")]
    [InlineData("' OR 1=1 --")]
    public async Task AnyOtherTextIsNoKey(string presented)
    {
        var (_, key) = await Keys.CreateAsync("مزود الأخبار");

        Assert.False(await Keys.AllowsAsync(presented, ApiKeys.IngestScope));
        Assert.False(await Keys.AllowsAsync(key + "x", ApiKeys.IngestScope));
        Assert.False(await Keys.AllowsAsync(key, "admin"));
    }

    [Fact]
    public async Task OnlyAHashIsStoredAndTheListNeverShowsTheKey()
    {
        var (_, key) = await Keys.CreateAsync("مزود الأخبار");

        await using var connection = await _database.Dialect.OpenAsync();
        var stored = await Dapper.SqlMapper.ExecuteScalarAsync<string>(connection, "SELECT key_hash FROM api_keys");
        Assert.NotEqual(key, stored);
        Assert.DoesNotContain(key, stored!, StringComparison.Ordinal);
        Assert.Equal(64, stored!.Length);
        Assert.Equal("مزود الأخبار", Assert.Single(await Keys.ListAsync()).Name);
    }

    [Fact]
    public async Task AReadKeyReadsButDoesNotWrite()
    {
        var (_, key) = await Keys.CreateAsync("لوحة المراقبة", ApiKeys.ReadScope);

        Assert.True(await Keys.AllowsAsync(key, ApiKeys.ReadScope));
        Assert.False(await Keys.AllowsAsync(key, ApiKeys.IngestScope));
    }

    [Fact]
    public async Task TwoKeysAreNeverAlike()
    {
        var first = await Keys.CreateAsync("أ");
        var second = await Keys.CreateAsync("ب");

        Assert.NotEqual(first.Key, second.Key);
        Assert.True(first.Key.Length > 40);
    }

    [Fact]
    public async Task AnUnknownScopeIsRefusedByName() =>
        Assert.Contains("admin", (await Assert.ThrowsAsync<ArgumentException>(() => Keys.CreateAsync("أ", "admin"))).Message, StringComparison.Ordinal);
}
