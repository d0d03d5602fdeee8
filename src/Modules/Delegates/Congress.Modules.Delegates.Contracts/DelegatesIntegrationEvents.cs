using Congress.Shared.Contracts;

namespace Congress.Modules.Delegates.Contracts;

/// <param name="Kind">"Official", "Alternate" or "InvitedGuest".</param>
public sealed record DelegateRegisteredIntegrationEvent(
    Guid DelegateId, Guid CongressId, Guid CongressOrganisationId, string Code, string FullName, string Kind, string Delegation) : IntegrationEvent;

public sealed record DelegateCredentialsApprovedIntegrationEvent(Guid DelegateId, Guid CongressId, string Kind) : IntegrationEvent;

public sealed record DelegateCredentialsRevokedIntegrationEvent(Guid DelegateId, Guid CongressId, string Reason) : IntegrationEvent;

public sealed record DelegateGroupAssignedIntegrationEvent(Guid DelegateId, Guid CongressId, Guid GroupId, string GroupName) : IntegrationEvent;
