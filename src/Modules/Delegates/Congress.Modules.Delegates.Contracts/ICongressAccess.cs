namespace Congress.Modules.Delegates.Contracts;

/// <summary>
/// The one subtree check every module makes: may the current caller see and act on this congress? True when the congress
/// belongs to the caller's organisation or one below it (a system administrator sees every congress). False when there is
/// no such congress too, so a module answers "not found" either way and reveals nothing of another subtree.
/// </summary>
public interface ICongressAccess
{
    Task<bool> CanAccessAsync(Guid congressId, CancellationToken cancellationToken);
}
