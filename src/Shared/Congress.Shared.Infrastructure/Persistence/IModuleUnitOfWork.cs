namespace Congress.Shared.Infrastructure.Persistence;

/// <summary>One module's unit of work: its DbContext, one transaction, one audit entry per command.</summary>
public interface IModuleUnitOfWork
{
    Task<IUnitOfWorkTransaction> BeginAsync(CancellationToken cancellationToken);

    /// <summary>Forgets every tracked change (after a refused command), so nothing is half-written.</summary>
    void DiscardChanges();
}

public interface IUnitOfWorkTransaction : IAsyncDisposable
{
    /// <summary>Saves, appends the audit entry for <paramref name="action"/>, and commits.</summary>
    Task CommitAsync(string action, object auditPayload, CancellationToken cancellationToken);

    /// <summary>
    /// Saves, appends one audit entry per action (each with its own actor: the callers of a <see cref="GroupCommit{TItem,TResult}"/>
    /// batch), and commits. At least one action: nothing commits unaudited.
    /// </summary>
    Task CommitAsync(IReadOnlyList<AuditedAction> actions, CancellationToken cancellationToken);
}

/// <summary>One audited change: who did it (their audit name), the request's name and its payload.</summary>
public sealed record AuditedAction(string Actor, string Action, object Payload);
