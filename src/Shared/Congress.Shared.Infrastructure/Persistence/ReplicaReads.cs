using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Congress.Shared.Infrastructure.Persistence;

/// <summary>How a module's context reaches the hot standbys (null: <see cref="DatabaseOptions.ReadConnectionString"/> unset or SQLite).</summary>
public sealed record ReplicaOptions<TContext>(DbContextOptions<TContext>? Options) where TContext : ModuleDbContext;

/// <summary>
/// Reads that a hot standby may serve: what many people look at and nobody writes from — a dashboard's roll-ups, a
/// level's PDF. They may lag the primary by the replication delay (milliseconds on a healthy standby), so a read that
/// decides a write, checks a version, or shows someone what they have just entered stays on the module's own context.
/// Without replicas <see cref="Db"/> is that same context. The standby's context tracks nothing and cannot write
/// (PostgreSQL refuses writes on a standby). docs/adr/0033.
/// </summary>
public sealed class ReplicaReads<TContext>(IServiceProvider services, ReplicaOptions<TContext> replica) : IAsyncDisposable
    where TContext : ModuleDbContext
{
    private TContext? _standby;

    /// <summary>The context to read from: on a standby when there are some, else the module's own.</summary>
    public TContext Db => replica.Options is { } options
        ? _standby ??= ActivatorUtilities.CreateInstance<TContext>(services, options)
        : Primary;

    /// <summary>The module's own context on the primary: for a row the standby has not received yet.</summary>
    public TContext Primary => services.GetRequiredService<TContext>();

    public async ValueTask DisposeAsync()
    {
        if (_standby is not null) await _standby.DisposeAsync();
    }
}
