using Congress.Modules.Delegates.Contracts;
using Congress.Modules.Delegates.Domain.Congresses;
using Congress.Modules.Delegates.Domain.Delegates;
using Congress.Modules.Delegates.Domain.Organisations;
using Congress.Modules.Delegates.Infrastructure.Persistence;
using Congress.Shared.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Congress.Modules.Delegates.Application.IntegrationEvents;

/// <summary>
/// Tells other modules what happened to delegates, through the outbox, in the same transaction as the change:
/// the event is published exactly when the change is committed.
/// </summary>
internal sealed class PublishDelegateIntegrationEvents(DelegatesDbContext db) :
    IDomainEventHandler<DelegateRegisteredDomainEvent>,
    IDomainEventHandler<DelegateCredentialsApprovedDomainEvent>,
    IDomainEventHandler<DelegateCredentialsRevokedDomainEvent>,
    IDomainEventHandler<DelegateAssignedToGroupDomainEvent>
{
    public async Task HandleAsync(DelegateRegisteredDomainEvent domainEvent, CancellationToken cancellationToken)
    {
        var registered = Tracked(domainEvent.DelegateId);
        var organisationId = await CongressOrganisationAsync(domainEvent.CongressId, cancellationToken);
        db.Publish(new DelegateRegisteredIntegrationEvent(
            registered.Id.Value, registered.CongressId.Value, organisationId.Value, registered.Code, registered.FullName, registered.Kind.ToString(), registered.Delegation));
    }

    public Task HandleAsync(DelegateCredentialsApprovedDomainEvent domainEvent, CancellationToken cancellationToken)
    {
        var approved = Tracked(domainEvent.DelegateId);
        db.Publish(new DelegateCredentialsApprovedIntegrationEvent(approved.Id.Value, approved.CongressId.Value, approved.Kind.ToString()));
        return Task.CompletedTask;
    }

    public Task HandleAsync(DelegateCredentialsRevokedDomainEvent domainEvent, CancellationToken cancellationToken)
    {
        db.Publish(new DelegateCredentialsRevokedIntegrationEvent(domainEvent.DelegateId.Value, domainEvent.CongressId.Value, domainEvent.Reason));
        return Task.CompletedTask;
    }

    public async Task HandleAsync(DelegateAssignedToGroupDomainEvent domainEvent, CancellationToken cancellationToken)
    {
        var group = db.DiscussionGroups.Local.FirstOrDefault(g => g.Id == domainEvent.GroupId)
            ?? await db.DiscussionGroups.FirstAsync(g => g.Id == domainEvent.GroupId, cancellationToken);
        db.Publish(new DelegateGroupAssignedIntegrationEvent(domainEvent.DelegateId.Value, domainEvent.CongressId.Value, group.Id.Value, group.Name));
    }

    private readonly Dictionary<CongressId, OrganisationId> _congressOrganisations = [];

    /// <summary>The congress may be new in this same unit of work (not yet in the database), so look in the tracker first.</summary>
    private async Task<OrganisationId> CongressOrganisationAsync(CongressId congressId, CancellationToken cancellationToken)
    {
        if (_congressOrganisations.TryGetValue(congressId, out var known)) return known;
        var organisationId = db.Congresses.Local.FirstOrDefault(c => c.Id == congressId)?.OrganisationId
            ?? await db.Congresses.Where(c => c.Id == congressId).Select(c => c.OrganisationId).FirstAsync(cancellationToken);
        return _congressOrganisations[congressId] = organisationId;
    }

    /// <summary>The delegate is in the change tracker: it is the one whose change raised the event.</summary>
    private CongressDelegate Tracked(DelegateId id) => db.Delegates.Local.First(d => d.Id == id);
}
