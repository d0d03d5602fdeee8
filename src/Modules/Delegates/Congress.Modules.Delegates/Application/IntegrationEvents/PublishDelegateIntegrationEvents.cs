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
        var registered = await TrackedAsync(domainEvent.DelegateId, cancellationToken);
        var organisationId = await CongressOrganisationAsync(domainEvent.CongressId, cancellationToken);
        db.Publish(new DelegateRegisteredIntegrationEvent(
            registered.Id.Value, registered.CongressId.Value, organisationId.Value, registered.Code, registered.FullName, registered.Kind.ToString(), registered.Delegation));
    }

    public async Task HandleAsync(DelegateCredentialsApprovedDomainEvent domainEvent, CancellationToken cancellationToken)
    {
        var approved = await TrackedAsync(domainEvent.DelegateId, cancellationToken);
        db.Publish(new DelegateCredentialsApprovedIntegrationEvent(approved.Id.Value, approved.CongressId.Value, approved.Kind.ToString()));
    }

    public Task HandleAsync(DelegateCredentialsRevokedDomainEvent domainEvent, CancellationToken cancellationToken)
    {
        db.Publish(new DelegateCredentialsRevokedIntegrationEvent(domainEvent.DelegateId.Value, domainEvent.CongressId.Value, domainEvent.Reason));
        return Task.CompletedTask;
    }

    public async Task HandleAsync(DelegateAssignedToGroupDomainEvent domainEvent, CancellationToken cancellationToken)
    {
        var group = await db.DiscussionGroups.FindAsync([domainEvent.GroupId], cancellationToken)
            ?? throw new InvalidOperationException($"Discussion group {domainEvent.GroupId} is gone.");
        db.Publish(new DelegateGroupAssignedIntegrationEvent(domainEvent.DelegateId.Value, domainEvent.CongressId.Value, group.Id.Value, group.Name));
    }

    private readonly Dictionary<CongressId, OrganisationId> _congressOrganisations = [];

    /// <summary>
    /// The congress may be new in this same unit of work (not yet in the database): Find looks in the change tracker
    /// first. (Never DbSet.Local here: it detects changes over every tracked entity, once per event — quadratic on imports.)
    /// </summary>
    private async Task<OrganisationId> CongressOrganisationAsync(CongressId congressId, CancellationToken cancellationToken)
    {
        if (_congressOrganisations.TryGetValue(congressId, out var known)) return known;
        var congress = await db.Congresses.FindAsync([congressId], cancellationToken)
            ?? throw new InvalidOperationException($"Congress {congressId} is gone.");
        return _congressOrganisations[congressId] = congress.OrganisationId;
    }

    /// <summary>The delegate is in the change tracker: it is the one whose change raised the event.</summary>
    private async Task<CongressDelegate> TrackedAsync(DelegateId id, CancellationToken cancellationToken) =>
        await db.Delegates.FindAsync([id], cancellationToken) ?? throw new InvalidOperationException($"Delegate {id} is gone.");
}
