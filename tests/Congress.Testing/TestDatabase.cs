using Congress.Shared.Infrastructure.Persistence;
using Npgsql;

namespace Congress.Testing;

/// <summary>
/// A real, empty database for one test class: a temporary SQLite file, or a fresh database on the PostgreSQL server
/// that <c>./congress.sh test</c> starts (connection string in CONGRESS_TEST_POSTGRES).
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public const string PostgresVariable = "CONGRESS_TEST_POSTGRES";

    private readonly string? _sqliteFile;
    private readonly string? _postgresName;

    private TestDatabase(string connectionString, string? sqliteFile, string? postgresName)
    {
        ConnectionString = connectionString;
        _sqliteFile = sqliteFile;
        _postgresName = postgresName;
    }

    public string ConnectionString { get; }

    public DatabaseProvider Provider => new DatabaseOptions { ConnectionString = ConnectionString }.Provider;

    public static bool PostgresAvailable => !string.IsNullOrEmpty(Environment.GetEnvironmentVariable(PostgresVariable));

    public static Task<TestDatabase> CreateAsync(DatabaseProvider provider) =>
        provider == DatabaseProvider.Sqlite ? Task.FromResult(CreateSqlite()) : CreatePostgresAsync();

    public static TestDatabase CreateSqlite()
    {
        var file = Path.Combine(Path.GetTempPath(), $"congress-test-{Guid.NewGuid():N}.db");
        return new TestDatabase($"Data Source={file}", file, null);
    }

    private static async Task<TestDatabase> CreatePostgresAsync()
    {
        var server = Environment.GetEnvironmentVariable(PostgresVariable)
            ?? throw new InvalidOperationException($"{PostgresVariable} is not set: run the tests with ./congress.sh test, which starts PostgreSQL.");
        var name = $"congress_test_{Guid.NewGuid():N}";
        await using (var connection = new NpgsqlConnection(server))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await create.ExecuteNonQueryAsync();
        }
        return new TestDatabase(new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString, null, name);
    }

    public async ValueTask DisposeAsync()
    {
        if (_sqliteFile is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { "", "-wal", "-shm", ".jobs.db", ".jobs.db-wal", ".jobs.db-shm" })
                try { File.Delete(_sqliteFile + suffix); } catch (IOException) { }
        }
        if (_postgresName is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(Environment.GetEnvironmentVariable(PostgresVariable));
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_postgresName}\" WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }
    }
}

/// <summary>A test that needs PostgreSQL: skipped (and counted as skipped) only when no server was started.</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (!TestDatabase.PostgresAvailable) Skip = $"{TestDatabase.PostgresVariable} not set (./congress.sh test starts PostgreSQL)";
    }
}

public sealed class PostgresTheoryAttribute : TheoryAttribute
{
    public PostgresTheoryAttribute()
    {
        if (!TestDatabase.PostgresAvailable) Skip = $"{TestDatabase.PostgresVariable} not set (./congress.sh test starts PostgreSQL)";
    }
}

/// <summary>A test that needs PostgreSQL and its hot standby: skipped only when <c>./congress.sh test</c> did not start them.</summary>
public sealed class PostgresReplicaFactAttribute : FactAttribute
{
    public PostgresReplicaFactAttribute()
    {
        if (!TestDatabase.PostgresAvailable || string.IsNullOrEmpty(Environment.GetEnvironmentVariable(ReplicatedPostgresCongressFactory.ReplicaVariable)))
            Skip = $"{ReplicatedPostgresCongressFactory.ReplicaVariable} not set (./congress.sh test starts PostgreSQL and a hot standby)";
    }
}
