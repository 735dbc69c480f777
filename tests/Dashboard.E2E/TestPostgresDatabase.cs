using Npgsql;

namespace Dashboard.E2E;

/// <summary>A new database on the PostgreSQL test server for one app under test, dropped afterwards.</summary>
internal sealed class TestPostgresDatabase : IDisposable
{
    private readonly string _server;
    private readonly string _name = "e2e_" + Guid.NewGuid().ToString("N");

    private TestPostgresDatabase(string server)
    {
        _server = server;
        Execute($"CREATE DATABASE {_name}");
        ConnectionString = new NpgsqlConnectionStringBuilder(server) { Database = _name }.ToString();
    }

    public string ConnectionString { get; }

    /// <summary>A database when this run tests PostgreSQL (<c>DASHBOARD_TEST_ENGINE=postgres</c>), else null.</summary>
    public static TestPostgresDatabase? CreateIfChosen()
    {
        if (!string.Equals(Environment.GetEnvironmentVariable("DASHBOARD_TEST_ENGINE"), "postgres", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var server = Environment.GetEnvironmentVariable("DASHBOARD_TEST_POSTGRES")
            ?? throw new InvalidOperationException("DASHBOARD_TEST_ENGINE=postgres needs DASHBOARD_TEST_POSTGRES, the test server's connection string.");
        return new TestPostgresDatabase(server);
    }

    public void Dispose() => Execute($"DROP DATABASE IF EXISTS {_name} WITH (FORCE)");

    private void Execute(string sql)
    {
        using var connection = new NpgsqlConnection(_server);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
