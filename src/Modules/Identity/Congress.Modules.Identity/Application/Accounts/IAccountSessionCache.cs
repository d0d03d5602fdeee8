namespace Congress.Modules.Identity.Application.Accounts;

/// <summary>
/// The port through which a handler that changes an account's password, stamp or status tells this host to drop what it
/// kept about that account's sessions (docs/CONVENTIONS.md: Application reaches adapters through its own ports).
/// Implemented by Infrastructure.Security.AccountSessions.
/// </summary>
internal interface IAccountSessionCache
{
    void Forget(Guid accountId);
}
