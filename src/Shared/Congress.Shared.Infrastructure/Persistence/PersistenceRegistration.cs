using Microsoft.Data.Sqlite;
using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Congress.Shared.Infrastructure.Persistence;

public static class PersistenceRegistration
{
    /// <summary>
    /// Registers a module's DbContext on the configured database, its migrations history in its own schema,
    /// and its unit of work keyed by the module's assembly.
    /// </summary>
    public static IServiceCollection AddModuleDbContext<TContext>(this IServiceCollection services, IConfiguration configuration, string schema)
        where TContext : ModuleDbContext
    {
        var database = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        // The options depend on configuration only: built once, not for every scope (that cost more than a query).
        services.AddDbContext<TContext>(options => Configure(options, database, schema), optionsLifetime: ServiceLifetime.Singleton);
        services.AddKeyedScoped<IModuleUnitOfWork>(ModuleKey.Of(typeof(TContext)), (sp, _) => sp.GetRequiredService<TContext>());
        services.AddSingleton(new ModuleDatabase(schema, typeof(TContext)));
        services.AddSingleton(new ReplicaOptions<TContext>(database.HasReplicas ? ReadOptions<TContext>(database, schema) : null));
        services.AddScoped<ReplicaReads<TContext>>();
        return services;
    }

    private static DbContextOptions<TContext> ReadOptions<TContext>(DatabaseOptions database, string schema) where TContext : ModuleDbContext
    {
        var builder = new DbContextOptionsBuilder<TContext>();
        Configure(builder, database, schema, database.ReadConnectionString);
        builder.UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking);
        return builder.Options;
    }

    public static void Configure(DbContextOptionsBuilder options, DatabaseOptions database, string schema, string? connectionString = null)
    {
        var history = ModuleTables.MigrationsHistory(schema);
        if (database.Provider == DatabaseProvider.PostgreSql)
        {
            options.UseNpgsql(connectionString ?? database.ConnectionString, npgsql => npgsql.MigrationsHistoryTable(history, schema));
        }
        else
        {
            options.UseSqlite(database.ConnectionString, sqlite => sqlite.MigrationsHistoryTable(history));
            options.AddInterceptors(SqlitePragmas.Instance);
        }
        // Migrations are hand-written (no model snapshot); MigrationsMatchModelTests checks them against the model.
        options.ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning));
    }
}

/// <summary>A module's database registration, so the host can migrate every module in order.</summary>
public sealed record ModuleDatabase(string Schema, Type ContextType);

/// <summary>
/// SQLite tuned for a congress hall: write-ahead log so readers never wait for the writer,
/// NORMAL sync (durable at checkpoints, safe against a process kill), a generous busy timeout, and no checkpoint inside a
/// commit: <see cref="SqliteCheckpointer"/> does them in the background. A command-line verb runs no checkpointer: what it
/// leaves in the log is read from there and folded in by the next host.
/// Applied once per physical connection: Microsoft.Data.Sqlite pools them, and pragmas stay set on a pooled one.
/// </summary>
internal sealed class SqlitePragmas : DbConnectionInterceptor
{
    public static readonly SqlitePragmas Instance = new();

    private const string ReadPragmas = "PRAGMA busy_timeout=30000; PRAGMA foreign_keys=ON;";
    private const string WritePragmas = "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA wal_autocheckpoint=0; " + ReadPragmas;

    private readonly ConditionalWeakTable<object, object> _applied = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (PragmasFor(connection) is not { } pragmas) return;
        using var command = connection.CreateCommand();
        command.CommandText = pragmas;
        command.ExecuteNonQuery();
        Applied(connection);
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (PragmasFor(connection) is not { } pragmas) return;
        await using var command = connection.CreateCommand();
        command.CommandText = pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
        Applied(connection);
    }

    /// <summary>
    /// Null when this physical connection already has them. EF Core opens a read-only connection to ask whether the
    /// database exists; switching the journal mode there fails ("attempt to write a readonly database") whenever another
    /// connection has already created the file.
    /// </summary>
    private string? PragmasFor(DbConnection connection)
    {
        if (connection is SqliteConnection { Handle: { } handle } && _applied.TryGetValue(handle, out _)) return null;
        return new SqliteConnectionStringBuilder(connection.ConnectionString).Mode == SqliteOpenMode.ReadOnly ? ReadPragmas : WritePragmas;
    }

    private void Applied(DbConnection connection)
    {
        if (connection is SqliteConnection { Handle: { } handle }) _applied.AddOrUpdate(handle, this);
    }
}
