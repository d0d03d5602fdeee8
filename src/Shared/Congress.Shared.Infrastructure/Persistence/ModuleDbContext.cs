using System.Text.Json;
using Congress.Shared.Contracts;
using Congress.Shared.Infrastructure.Audit;
using Congress.Shared.Infrastructure.Outbox;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Infrastructure.Time;
using Congress.Shared.Kernel;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Congress.Shared.Infrastructure.Persistence;

/// <summary>
/// The base of every module's DbContext: its own schema, its outbox, inbox and audit chain,
/// typed-id and UTC conventions, and domain-event dispatch inside the same transaction.
/// </summary>
public abstract class ModuleDbContext(DbContextOptions options, ModuleDbContextServices services)
    : DbContext(options), IModuleUnitOfWork
{
    private readonly List<(string Actor, string Action, string Payload)> _pendingAudit = [];
    private readonly List<Func<CancellationToken, Task>> _afterCommit = [];

    /// <summary>The module's schema on PostgreSQL; the prefix of its shared tables everywhere.</summary>
    public abstract string Schema { get; }

    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();
    public DbSet<InboxMessage> InboxMessages => Set<InboxMessage>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    internal ModuleDbContextServices Services => services;

    /// <summary>Queues an integration event on this module's outbox, committed with the change that caused it.</summary>
    public void Publish(IIntegrationEvent integrationEvent) =>
        OutboxMessages.Add(OutboxMessage.From(integrationEvent, services.Clock.UtcNow));

    /// <summary>
    /// Runs <paramref name="action"/> once the current unit of work has committed (e.g. starting a background job
    /// that must see the committed state); dropped if it rolls back.
    /// </summary>
    public void AfterCommit(Func<CancellationToken, Task> action) => _afterCommit.Add(action);

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        if (!Database.IsSqlite()) modelBuilder.HasDefaultSchema(Schema); // SQLite has no schemas (docs/adr/0004)
        modelBuilder.ApplyModuleInfrastructure(Schema);
        modelBuilder.ApplyConfigurationsFromAssembly(GetType().Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.ApplyCongressConventions(GetType().Assembly);

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        await DispatchDomainEventsAsync(cancellationToken);
        return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    private async Task DispatchDomainEventsAsync(CancellationToken cancellationToken)
    {
        // Handlers may raise further events; dispatch until the aggregates are quiet.
        for (var round = 0; round < 10; round++)
        {
            var raised = RaisedDomainEvents();
            if (raised.Count == 0) return;
            foreach (var domainEvent in raised)
                await services.DomainEvents.DispatchAsync(domainEvent, cancellationToken);
        }
        throw new InvalidOperationException("Domain events kept raising further events after 10 rounds.");
    }

    /// <summary>
    /// Takes the events the tracked aggregates hold. An aggregate that raised one is tracked already, so this needs no
    /// change detection: the save that follows does it once (twice per save cost as much as the insert of a large batch).
    /// </summary>
    private List<IDomainEvent> RaisedDomainEvents()
    {
        var detect = ChangeTracker.AutoDetectChangesEnabled;
        ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            return ChangeTracker.Entries<IHasDomainEvents>()
                .SelectMany(e => { var events = e.Entity.DomainEvents.ToList(); e.Entity.ClearDomainEvents(); return events; })
                .ToList();
        }
        finally
        {
            ChangeTracker.AutoDetectChangesEnabled = detect;
        }
    }

    public async Task<IUnitOfWorkTransaction> BeginAsync(CancellationToken cancellationToken)
    {
        if (Database.CurrentTransaction is not null) return new NestedTransaction(this);
        var transaction = await Database.BeginTransactionAsync(cancellationToken);
        return new OwnedTransaction(this, transaction);
    }

    public void DiscardChanges()
    {
        ChangeTracker.Clear();
        _pendingAudit.Clear();
        _afterCommit.Clear();
    }

    private void QueueAudit(string actor, string action, object payload) =>
        _pendingAudit.Add((actor, action, JsonSerializer.Serialize(payload, payload.GetType(), AuditChain.JsonOptions)));

    private void QueueAudit(IReadOnlyList<AuditedAction> actions)
    {
        if (actions.Count == 0) throw new ArgumentException("A commit records at least one audited action.", nameof(actions));
        foreach (var a in actions) QueueAudit(a.Actor, a.Action, a.Payload);
    }

    private async Task CommitOwnedAsync(IDbContextTransaction transaction, CancellationToken cancellationToken)
    {
        await SaveChangesAsync(cancellationToken);
        if (_pendingAudit.Count > 0)
        {
            await AuditChain.AppendAsync(this, _pendingAudit, services.Clock.UtcNow, cancellationToken);
            _pendingAudit.Clear();
            await base.SaveChangesAsync(true, cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
        if (ChangeTracker.Entries<OutboxMessage>().Any()) services.RelaySignal.Notify();
        var afterCommit = _afterCommit.ToList();
        _afterCommit.Clear();
        foreach (var action in afterCommit) await action(cancellationToken);
    }

    private sealed class OwnedTransaction(ModuleDbContext context, IDbContextTransaction transaction) : IUnitOfWorkTransaction
    {
        private bool _committed;

        public Task CommitAsync(string action, object auditPayload, CancellationToken cancellationToken) =>
            CommitAsync([new AuditedAction(context.Services.CurrentUser.AuditName, action, auditPayload)], cancellationToken);

        public async Task CommitAsync(IReadOnlyList<AuditedAction> actions, CancellationToken cancellationToken)
        {
            context.QueueAudit(actions);
            await context.CommitOwnedAsync(transaction, cancellationToken);
            _committed = true;
        }

        public async ValueTask DisposeAsync()
        {
            await transaction.DisposeAsync();
            if (!_committed) context.DiscardChanges();
        }
    }

    /// <summary>A command run inside another's transaction: its audit entry joins the outer commit.</summary>
    private sealed class NestedTransaction(ModuleDbContext context) : IUnitOfWorkTransaction
    {
        public Task CommitAsync(string action, object auditPayload, CancellationToken cancellationToken) =>
            CommitAsync([new AuditedAction(context.Services.CurrentUser.AuditName, action, auditPayload)], cancellationToken);

        public Task CommitAsync(IReadOnlyList<AuditedAction> actions, CancellationToken cancellationToken)
        {
            context.QueueAudit(actions);
            return Task.CompletedTask;
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}

/// <summary>What every module DbContext needs from the container, in one constructor argument.</summary>
public sealed class ModuleDbContextServices(
    IClock clock,
    ICurrentUser currentUser,
    DomainEventDispatcher domainEvents,
    OutboxRelaySignal relaySignal,
    AuditKey auditKey)
{
    public IClock Clock => clock;
    public ICurrentUser CurrentUser => currentUser;
    public DomainEventDispatcher DomainEvents => domainEvents;
    public OutboxRelaySignal RelaySignal => relaySignal;
    public AuditKey AuditKey => auditKey;
}

/// <summary>Finds the <see cref="IDomainEventHandler{TEvent}"/>s of an event in the current scope.</summary>
public sealed class DomainEventDispatcher(IServiceProvider services)
{
    public async Task DispatchAsync(IDomainEvent domainEvent, CancellationToken cancellationToken)
    {
        var handlerType = typeof(IDomainEventHandler<>).MakeGenericType(domainEvent.GetType());
        foreach (var handler in services.GetServices(handlerType))
        {
            var method = handlerType.GetMethod(nameof(IDomainEventHandler<IDomainEvent>.HandleAsync))!;
            await (Task)method.Invoke(handler, [domainEvent, cancellationToken])!;
        }
    }
}
