using Dashboard.Data.Configuration;
using Microsoft.Extensions.Configuration;

namespace Dashboard.Data.Tests.Configuration;

public sealed class DatabaseOptionsTests
{
    [Fact]
    public void WithNothingSetItIsSqliteUnderData()
    {
        var options = DatabaseOptions.From(Config());

        Assert.Equal(DatabaseProvider.Sqlite, options.Provider);
        Assert.EndsWith(Path.Combine("data", "dashboard.db"), options.ConnectionString, StringComparison.Ordinal);
    }

    [Fact]
    public void TheConnectionStringIsTakenAsGiven()
    {
        var options = DatabaseOptions.From(Config(("ConnectionStrings:Dashboard", "Data Source=/tmp/x.db")));

        Assert.Equal("Data Source=/tmp/x.db", options.ConnectionString);
    }

    [Theory]
    [InlineData("postgres")]
    [InlineData("PostgreSQL")]
    public void PostgresWithoutAConnectionStringSaysWhichKeyToSet(string provider)
    {
        var error = Assert.Throws<InvalidOperationException>(() => DatabaseOptions.From(Config(("Database:Provider", provider))));

        Assert.Contains("ConnectionStrings__Dashboard", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnknownProviderIsNamedInTheError()
    {
        var error = Assert.Throws<InvalidOperationException>(() => DatabaseOptions.From(Config(("Database:Provider", "oracle"))));

        Assert.Contains("'oracle'", error.Message, StringComparison.Ordinal);
    }

    private static IConfiguration Config(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build();
}
