using Congress.Modules.Documents.Contracts;
using Congress.Modules.Identity.Application.Accounts;
using Congress.Modules.Identity.Infrastructure.Persistence;
using Congress.Shared.Infrastructure.Outbox;
using Microsoft.EntityFrameworkCore;

namespace Congress.Modules.Identity.Application.IntegrationEvents;

/// <summary>
/// A delegate's tablet was revoked in Documents (lost, stolen): whoever holds it must not go on reading as that delegate.
/// Sessions belong to accounts, not to devices, so the security stamp of the account linked to the delegate is renewed —
/// every cookie and token of that account stops working at its next request (docs/adr/0011, 0028), the delegate signs in
/// again on another tablet. Other accounts are untouched. A redelivered event renews nothing more (the inbox skips it).
/// </summary>
internal sealed class TabletDeviceRevokedIntegrationEventHandler(IdentityDbContext db, IAccountSessionCache sessions)
    : IIntegrationEventHandler<TabletDeviceRevokedIntegrationEvent>
{
    public async Task HandleAsync(TabletDeviceRevokedIntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        var accounts = await db.Accounts.Where(a => a.DelegateId == integrationEvent.DelegateId).ToListAsync(cancellationToken);
        foreach (var account in accounts) account.RenewSecurityStamp();
        var ids = accounts.Select(a => a.Id.Value).ToList();
        // forgotten once the new stamp is committed: forgetting before could let a request cache the old one again
        db.AfterCommit(_ =>
        {
            foreach (var id in ids) sessions.Forget(id);
            return Task.CompletedTask;
        });
    }
}
