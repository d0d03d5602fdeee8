using Congress.Modules.Voting.Domain.Polls;

namespace Congress.Modules.Voting.Application.Polls;

internal sealed record PollOptionDto(string Key, string Label);

internal sealed record ChoiceResultDto(string Key, string Label, int Votes, decimal PercentOfValid, bool Elected);

internal sealed record PollResultDto(
    int Eligible, int Present, int BallotsCast, int Valid, int Invalid, int Blank, IReadOnlyList<ChoiceResultDto> Choices,
    bool Passed, IReadOnlyList<string> Elected, string? FurtherRound, int? FurtherRoundSeats, IReadOnlyList<string> FurtherRoundCandidates)
{
    public static PollResultDto From(PollResult r)
    {
        var elected = r.Outcome.Elected.Select(o => o.Key).ToHashSet();
        return new(r.Eligible, r.Present, r.BallotsCast, r.Valid, r.Invalid, r.Blank,
            r.Choices.Select(c => new ChoiceResultDto(c.Choice.Key, c.Choice.Label, c.Votes, c.PercentOfValid, elected.Contains(c.Choice.Key))).ToList(),
            r.Outcome.Passed, r.Outcome.Elected.Select(o => o.Label).ToList(), r.Outcome.FurtherRound?.Reason.ToString(),
            r.Outcome.FurtherRound?.Seats, r.Outcome.FurtherRound?.Candidates.Select(c => c.Label).ToList() ?? []);
    }
}

/// <param name="Choices">What a ballot can mark, in ballot order.</param>
/// <param name="MaxMarks">The most choices a valid ballot marks.</param>
internal sealed record PollDto(
    Guid Id, Guid CongressId, string Title, string Kind, string Visibility, string? ApprovalMode, int Seats, IReadOnlyList<PollOptionDto> Choices,
    int MaxMarks, int RoundNumber, Guid? PreviousRoundPollId, string Status, DateTime CreatedAtUtc, DateTime? OpenedAtUtc,
    DateTime? ScheduledCloseAtUtc, DateTime? ClosedAtUtc, int Eligible, int? Present, string? StatusReason, PollResultDto? Result)
{
    public static PollDto From(Poll p) => new(
        p.Id.Value, p.CongressId, p.Title, p.Definition.Kind.ToString(), p.Visibility.ToString(), p.Definition.ApprovalMode?.ToString(),
        p.Definition.Seats, p.Definition.Choices.Select(c => new PollOptionDto(c.Key, c.Label)).ToList(), p.Definition.MaxMarks,
        p.RoundNumber, p.PreviousRoundPollId?.Value, p.Status.ToString(), p.CreatedAtUtc, p.OpenedAtUtc, p.ScheduledCloseAtUtc,
        p.ClosedAtUtc, p.Eligible, p.Present, p.StatusReason, p.PublishedResult is { } r ? PollResultDto.From(r) : null);
}
