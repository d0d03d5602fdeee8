using Congress.Shared.Kernel;

namespace Congress.Modules.Voting.Domain.Polls;

/// <summary>
/// The counted result of a poll. <see cref="Blank"/> ballots are included in <see cref="Valid"/> or <see cref="Invalid"/>
/// as the rules say. <see cref="Choices"/> are in ballot order.
/// </summary>
internal sealed record PollResult(
    int Eligible,
    int Present,
    int BallotsCast,
    int Valid,
    int Invalid,
    int Blank,
    IReadOnlyList<ChoiceResult> Choices,
    PollOutcome Outcome);

/// <summary>Votes for one choice and their share of the valid ballots, in percent rounded half away from zero to 2 decimals.</summary>
internal sealed record ChoiceResult(PollOption Choice, int Votes, decimal PercentOfValid);

/// <summary>
/// What the poll decided.
/// <paramref name="Passed"/>: the motion / the list as a whole carried; every name of a list was approved; every seat was filled.
/// <paramref name="Elected"/>: the candidates elected (votes descending, then ballot order) or the names approved (list order).
/// <paramref name="FurtherRound"/>: elections only, when seats remain unfilled.
/// </summary>
internal sealed record PollOutcome(bool Passed, IReadOnlyList<PollOption> Elected, FurtherRound? FurtherRound);

/// <summary>
/// Seats left open by a round and who may stand in the next one: the tied candidates (a tie for the last seats,
/// the further round is needed) or every candidate not elected (a shortfall, the congress may decide on a further round).
/// </summary>
internal sealed record FurtherRound(FurtherRoundReason Reason, int Seats, IReadOnlyList<PollOption> Candidates);

internal enum FurtherRoundReason
{
    TieForLastSeats,
    Shortfall,
}
