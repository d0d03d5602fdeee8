using Congress.Modules.Delegates.Contracts;
using Congress.Modules.Documents.Domain.Documents;
using Congress.Modules.Documents.Infrastructure.Persistence;
using Congress.Shared.Infrastructure.Outbox;
using Microsoft.EntityFrameworkCore;

namespace Congress.Modules.Documents.Application.IntegrationEvents;

/// <summary>Keeps Documents' copy of who sits in which discussion group, for documents addressed to a group.</summary>
internal sealed class DelegateGroupAssignedIntegrationEventHandler(DocumentsDbContext db, Devices.PreparePackages.PackagePreparation packages) : IIntegrationEventHandler<DelegateGroupAssignedIntegrationEvent>
{
    public async Task HandleAsync(DelegateGroupAssignedIntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        var membership = await db.GroupMemberships.FirstOrDefaultAsync(g => g.DelegateId == integrationEvent.DelegateId, cancellationToken);
        if (membership is null) db.GroupMemberships.Add(new GroupMembership(integrationEvent.DelegateId, integrationEvent.CongressId, integrationEvent.GroupId));
        else membership.GroupId = integrationEvent.GroupId;
        // documents addressed to a group: the delegate's tablets (only those whose content changed are built)
        if (await db.Devices.AnyAsync(d => d.DelegateId == integrationEvent.DelegateId && d.RevokedAtUtc == null, cancellationToken))
            packages.AfterChangeIn(integrationEvent.CongressId);
    }
}
