using Congress.Shared.Infrastructure.Persistence;
using Hangfire;
using Hangfire.PostgreSql;
using Hangfire.Storage.SQLite;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace Congress.Shared.Infrastructure.Jobs;

/// <summary>
/// Where Hangfire keeps its jobs, made on first use (a command-line verb that schedules nothing never opens it).
/// PostgreSQL: schema <c>hangfire</c> of the congress database, created by Hangfire.PostgreSql on first start; several
/// nodes share it. SQLite: a file of its own next to the congress database (<c>&lt;db&gt;.jobs.db</c>, or
/// <c>Jobs:SqlitePath</c>), because Hangfire.Storage.SQLite brings its own SQLite engine (sqlite-net), which must never
/// write the file EF Core's engine writes (docs/adr/0013).
/// </summary>
public sealed class CongressJobStorage(IOptions<DatabaseOptions> database, IConfiguration configuration) : IDisposable
{
    public const string PostgresSchema = "hangfire";
    private readonly Lazy<JobStorage> _storage = new(() => Create(database.Value, configuration));

    public JobStorage Storage => _storage.Value;

    /// <summary>Seconds between two looks at the queue and at the due scheduled jobs.</summary>
    internal static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(1);

    public static string SqlitePathFor(string connectionString, IConfiguration configuration)
    {
        if (configuration["Jobs:SqlitePath"] is { Length: > 0 } configured) return Path.GetFullPath(configured);
        var dataSource = new SqliteConnectionStringBuilder(connectionString).DataSource;
        if (string.IsNullOrWhiteSpace(dataSource) || dataSource == ":memory:")
            throw new InvalidOperationException("Cơ sở dữ liệu SQLite trong bộ nhớ: đặt Jobs:SqlitePath cho tệp công việc nền.");
        return Path.GetFullPath(dataSource) + ".jobs.db";
    }

    private static JobStorage Create(DatabaseOptions database, IConfiguration configuration)
    {
        if (database.Provider == DatabaseProvider.PostgreSql)
        {
            var options = new PostgreSqlStorageOptions
            {
                SchemaName = PostgresSchema,
                PrepareSchemaIfNecessary = true,
                QueuePollInterval = PollInterval,
                // A job fetched by a node that dies becomes visible to the others again after this; the node that holds it
                // keeps it invisible while it runs (sliding), so a long import is never taken twice.
                UseSlidingInvisibilityTimeout = true,
                InvisibilityTimeout = TimeSpan.FromMinutes(2),
            };
            return new PostgreSqlStorage(new Hangfire.PostgreSql.Factories.NpgsqlConnectionFactory(database.ConnectionString, options), options);
        }
        var path = SqlitePathFor(database.ConnectionString, configuration);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return new SQLiteStorage(path, new SQLiteStorageOptions
        {
            QueuePollInterval = PollInterval,
            InvisibilityTimeout = TimeSpan.FromMinutes(30),
        });
    }

    public void Dispose()
    {
        if (_storage is { IsValueCreated: true, Value: IDisposable disposable }) disposable.Dispose();
    }
}
