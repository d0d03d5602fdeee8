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
}
