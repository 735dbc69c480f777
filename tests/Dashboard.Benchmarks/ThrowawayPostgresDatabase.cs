using Npgsql;

namespace Dashboard.Benchmarks;

/// <summary>A fresh database on the given server for one benchmark run, dropped (with its connections) afterwards.</summary>
internal sealed class ThrowawayPostgresDatabase : IAsyncDisposable
{
    private readonly string _server;
    private readonly string _name = "bench_" + Guid.NewGuid().ToString("N");

    private ThrowawayPostgresDatabase(string server) => _server = server;

    /// <summary>The connection string of the new database.</summary>
    public string ConnectionString => new NpgsqlConnectionStringBuilder(_server) { Database = _name }.ToString();

    /// <summary>Creates a database on the server <paramref name="server"/> (an Npgsql connection string) names.</summary>
    public static async Task<ThrowawayPostgresDatabase> CreateAsync(string server)
    {
        var database = new ThrowawayPostgresDatabase(server);
        await database.ExecuteAsync($"CREATE DATABASE {database._name}");
        return database;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await ExecuteAsync($"DROP DATABASE IF EXISTS {_name} WITH (FORCE)");
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(_server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
