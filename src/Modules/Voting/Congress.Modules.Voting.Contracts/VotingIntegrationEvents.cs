using Congress.Shared.Contracts;

namespace Congress.Modules.Voting.Contracts;

/// <param name="Kind">"Motion", "ListApproval" or "Election".</param>
public sealed record PollOpenedIntegrationEvent(Guid PollId, Guid CongressId, string Title, string Kind, int Eligible) : IntegrationEvent;

public sealed record PollClosedIntegrationEvent(Guid PollId, Guid CongressId, int BallotsCast) : IntegrationEvent;

/// <summary>
/// The published result: Agenda binds the presidium, secretariat and credentials board to it; Reporting rolls it up.
/// <paramref name="Elected"/> holds the keys of the elected candidates or approved names (delegate codes when the
/// candidates are delegates), in result order.
/// </summary>
public sealed record PollResultPublishedIntegrationEvent(
    Guid PollId, Guid CongressId, string Title, string Kind, bool Passed, int BallotsCast, int Valid, int Invalid,
    IReadOnlyList<string> Elected) : IntegrationEvent;
