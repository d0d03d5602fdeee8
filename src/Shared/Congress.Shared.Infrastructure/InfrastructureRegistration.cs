using Congress.Shared.Infrastructure.Jobs;
using Congress.Shared.Infrastructure.Messaging;
using Congress.Shared.Infrastructure.Outbox;
using Congress.Shared.Infrastructure.Persistence;
using Congress.Shared.Infrastructure.Time;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Congress.Shared.Infrastructure;

public static class InfrastructureRegistration
{
    /// <summary>Everything modules share: mediator, clock, installation secrets, database options, domain events, outbox relay, job port.</summary>
    public static IServiceCollection AddCongressInfrastructure(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<DatabaseOptions>(configuration.GetSection(DatabaseOptions.Section));
        services.AddCongressMediator();
        services.AddSingleton(ReadAdmission.FromConfiguration(configuration));
        services.TryAddSingleton<IClock, SystemClock>();
        services.AddScoped<DomainEventDispatcher>();
        services.AddScoped<ModuleDbContextServices>();
        services.AddSingleton<DatabaseMigrator>();
        services.AddSingleton<Security.InstallationSecrets>();
        services.AddSingleton<Audit.AuditKey>();
        services.AddSingleton<OutboxRelaySignal>();
        // In-process on SQLite (one host); across hosts through LISTEN/NOTIFY on PostgreSQL (docs/adr/0018).
        services.TryAddSingleton<Live.ILiveSignals>(sp =>
            sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<DatabaseOptions>>().Value.Provider == DatabaseProvider.PostgreSql
                ? ActivatorUtilities.CreateInstance<Live.PostgresLiveSignals>(sp)
                : new Live.InProcessLiveSignals());
        services.AddSingleton<Live.PostgresLiveSignalListener>();
        services.AddSingleton<OutboxRelay>();
        // Every 10 s, not retried (the next run and the relay's wake-up are the retry; the outbox itself retries per message).
        services.AddRecurringJob<OutboxRelayJob>("outbox-relay", TimeSpan.FromSeconds(10), retries: 0);
        services.AddSingleton<CongressJobStorage>();
        services.AddSingleton<HangfireJobScheduler>();
        services.AddSingleton<IJobScheduler>(sp => sp.GetRequiredService<HangfireJobScheduler>());
        return services;
    }

    /// <summary>The background parts: the scheduler, the relay's wake-up loop, SQLite's checkpoints (not started by command-line verbs).</summary>
    public static IServiceCollection AddCongressBackgroundServices(this IServiceCollection services)
    {
        services.AddHostedService(sp => sp.GetRequiredService<HangfireJobScheduler>());
        services.AddHostedService<OutboxRelayWakeup>();
        services.AddHostedService(sp => sp.GetRequiredService<Live.PostgresLiveSignalListener>());
        services.AddHostedService<SqliteCheckpointer>();
        return services;
    }
}
