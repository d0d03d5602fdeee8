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

    /// <summary>
    /// PostgreSQL hot standbys (streaming replicas of <see cref="ConnectionString"/>'s database) for the reads a module
    /// marks as fit for them (<see cref="ReplicaReads{TContext}"/>: dashboards, not the reads that precede a write). Npgsql's
    /// multi-host form spreads them and falls back to the primary when none answers:
    /// <c>Host=replica1,replica2,primary;Load Balance Hosts=true;Target Session Attributes=prefer-standby;…</c>.
    /// Unset (and always on SQLite, one file): those reads go to the primary. <c>Database__ReadConnectionString</c>.
    /// </summary>
    public string? ReadConnectionString { get; set; }

    /// <summary>Whether replica reads have somewhere of their own to go.</summary>
    public bool HasReplicas => Provider == DatabaseProvider.PostgreSql && !string.IsNullOrWhiteSpace(ReadConnectionString);

    public DatabaseProvider Provider =>
        ConnectionString.TrimStart().StartsWith("Host=", StringComparison.OrdinalIgnoreCase)
            ? DatabaseProvider.PostgreSql
            : DatabaseProvider.Sqlite;
}
