using Congress.Shared.Contracts;

namespace Congress.Modules.Voting.Contracts;

/// <param name="Kind">"Motion", "ListApproval" or "Election".</param>
public sealed record PollOpenedIntegrationEvent(Guid PollId, Guid CongressId, string Title, string Kind, int Eligible) : IntegrationEvent;

public sealed record PollClosedIntegrationEvent(Guid PollId, Guid CongressId, int BallotsCast) : IntegrationEvent;

/// <summary>
/// The published result: Agenda binds the presidium, secretariat and credentials board to it; Reporting rolls it up.
/// <paramref name="Elected"/> holds the keys of the elected candidates or approved names (delegate codes when the
/// candidates are delegates), in result order. <paramref name="ElectedCandidates"/> says the same with each one's name as
/// the ballot printed it and the votes they got (absent from events published before it existed).
/// </summary>
public sealed record PollResultPublishedIntegrationEvent(
    Guid PollId, Guid CongressId, string Title, string Kind, bool Passed, int BallotsCast, int Valid, int Invalid,
    IReadOnlyList<string> Elected, IReadOnlyList<ElectedCandidate>? ElectedCandidates = null) : IntegrationEvent;

/// <summary>One elected candidate (or approved name) of a published result: its key, its label on the ballot, its votes.</summary>
public sealed record ElectedCandidate(string Key, string Name, int Votes);
