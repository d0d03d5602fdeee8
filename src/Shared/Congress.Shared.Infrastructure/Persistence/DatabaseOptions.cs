namespace Congress.Shared.Infrastructure.Persistence;

public enum DatabaseProvider
{
    Sqlite,
    PostgreSql,
}

/// <summary>
/// One connection string picks the database: <c>Host=…</c> is PostgreSQL, anything else SQLite
/// (docs/adr/0004). Section <c>Database</c>; environment variable <c>Database__ConnectionString</c>.
/// </summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    public string ConnectionString { get; set; } = "Data Source=.data/congress.db";

    public DatabaseProvider Provider =>
        ConnectionString.TrimStart().StartsWith("Host=", StringComparison.OrdinalIgnoreCase)
            ? DatabaseProvider.PostgreSql
            : DatabaseProvider.Sqlite;
}
