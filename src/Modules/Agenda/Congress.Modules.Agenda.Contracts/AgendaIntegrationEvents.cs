using Congress.Shared.Contracts;

namespace Congress.Modules.Agenda.Contracts;

/// <summary>A ballot option Agenda asks Voting to put on a poll: a stable key (a delegate code) and the name shown.</summary>
public sealed record AgendaPollOption(string Key, string Label);

/// <summary>
/// An agenda item of kind vote or election asks Voting for its poll, prefilled from the item. Agenda chooses
/// <paramref name="PollId"/>, so that the result Voting publishes later (its <c>PollResultPublishedIntegrationEvent</c>)
/// finds the item again; Voting creates the poll as a draft with that id, once (a redelivery changes nothing).
/// </summary>
/// <param name="Kind">"Motion", "ListApproval" or "Election" (Voting's kinds).</param>
/// <param name="Visibility">"Open", "NamedElectronic", "SecretElectronic" or "SecretPaper" (Voting's visibilities).</param>
/// <param name="ApprovalMode">"AsWhole" or "NameByName" for a list approval; null otherwise.</param>
public sealed record AgendaPollRequestedIntegrationEvent(
    Guid PollId, Guid ItemId, Guid CongressId, string Title, string Kind, string Visibility, string? ApprovalMode, int Seats,
    IReadOnlyList<AgendaPollOption> Options) : IntegrationEvent;

/// <summary>An agenda item was decided (by a published poll or recorded by hand); Reporting may roll it up.</summary>
public sealed record AgendaItemDecidedIntegrationEvent(Guid ItemId, Guid CongressId, string Title, bool Passed, IReadOnlyList<string> Elected) : IntegrationEvent;

/// <summary>
/// One of the congress's bodies was elected (or elected again, replacing the earlier members): "Presidium", "Secretariat"
/// or "CredentialsBoard", with the delegates who now form it (elected names that are no delegate's code are left out).
/// <paramref name="ByBallot"/>: decided by a result Voting published (a ballot of the congress), not recorded by hand.
/// Identity gives the members' tablet accounts the body's role only after a ballot, and takes it from those no longer in it
/// either way.
/// </summary>
public sealed record CongressBodyElectedIntegrationEvent(Guid CongressId, string Body, IReadOnlyList<Guid> DelegateIds, bool ByBallot) : IntegrationEvent;
