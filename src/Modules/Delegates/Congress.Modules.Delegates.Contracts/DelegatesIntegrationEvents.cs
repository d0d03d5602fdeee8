using Congress.Shared.Contracts;

namespace Congress.Modules.Delegates.Contracts;

/// <param name="Kind">"Official", "Alternate" or "InvitedGuest".</param>
public sealed record DelegateRegisteredIntegrationEvent(
    Guid DelegateId, Guid CongressId, Guid CongressOrganisationId, string Code, string FullName, string Kind, string Delegation) : IntegrationEvent;

public sealed record DelegateCredentialsApprovedIntegrationEvent(Guid DelegateId, Guid CongressId, string Kind) : IntegrationEvent;

public sealed record DelegateCredentialsRevokedIntegrationEvent(Guid DelegateId, Guid CongressId, string Reason) : IntegrationEvent;

public sealed record DelegateGroupAssignedIntegrationEvent(Guid DelegateId, Guid CongressId, Guid GroupId, string GroupName) : IntegrationEvent;

/// <summary>
/// An organisation was added to the tree (Reporting adds it to its read model and to its ancestors' expected count at once,
/// without re-reading the tree). The bulk national seed does not raise it: Reporting's own seeder follows it.
/// </summary>
/// <param name="Path">As <see cref="OrganisationNode.Path"/>: the ids from the root down.</param>
public sealed record OrganisationCreatedIntegrationEvent(Guid OrganisationId, Guid? ParentId, string Code, string Name, string Level, string Path) : IntegrationEvent;
