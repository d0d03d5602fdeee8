using Congress.Shared.Kernel;

namespace Congress.Modules.Voting.Domain.Polls;

internal readonly record struct PollId(Guid Value) : ITypedId
{
    public static PollId New() => new(Guid.NewGuid());
}

/// <summary>
/// One vote of the congress: a motion, a list approval, or one round of an election.
/// Draft → Open → Closed → Published; Cancel from Draft, Open or Closed; ReOpen from Closed only — never once published,
/// since the difference between two published results would show the ballots cast in between (docs/adr/0009, "Property").
/// The ballots themselves live in the ballot box, apart from the register of who has voted (secret polls link neither
/// to the other), so the aggregate holds the rules and the counts, and is handed the ballots only to tally them.
/// Time is passed in (UTC).
/// </summary>
internal sealed class Poll : AggregateRoot<PollId>
{
    private Poll() { }

    public Guid CongressId { get; private set; }
    public string Title { get; private set; } = "";
    public PollDefinition Definition { get; private set; } = PollDefinition.Motion();
    public PollVisibility Visibility { get; private set; }
    public ElectionRules Rules { get; private set; } = ElectionRules.Default;

    /// <summary>1 for a first vote; 2, 3… for further rounds of an election.</summary>
    public int RoundNumber { get; private set; }
    public PollId? PreviousRoundPollId { get; private set; }

    public PollStatus Status { get; private set; } = PollStatus.Draft;
    public DateTime CreatedAtUtc { get; private set; }
    public DateTime? OpenedAtUtc { get; private set; }
    public DateTime? ScheduledCloseAtUtc { get; private set; }
    public DateTime? ClosedAtUtc { get; private set; }

    /// <summary>Size of the eligibility snapshot taken when the poll opened (who may vote).</summary>
    public int Eligible { get; private set; }

    /// <summary>Size of the snapshot taken when the poll closed (who was present); cleared by <see cref="ReOpen"/>.</summary>
    public int? Present { get; private set; }

    /// <summary>The tellers' count of a show of hands or of a paper ballot (never of an electronic poll); cleared by <see cref="ReOpen"/>.</summary>
    public TellerCount? TellerCount { get; private set; }

    public PollResult? PublishedResult { get; private set; }
    public DateTime? PublishedAtUtc { get; private set; }
    public DateTime? CancelledAtUtc { get; private set; }
    public string? StatusReason { get; private set; }

    public static Result<Poll> Create(Guid congressId, string title, PollDefinition definition, PollVisibility visibility, ElectionRules rules, DateTime nowUtc) =>
        Create(congressId, title, definition, visibility, rules, roundNumber: 1, previousRoundPollId: null, nowUtc);

    /// <summary>A poll another module asked for with an id it chose (Agenda's item finds its result by it).</summary>
    public static Result<Poll> CreateRequested(PollId id, Guid congressId, string title, PollDefinition definition, PollVisibility visibility, ElectionRules rules, DateTime nowUtc)
        => Create(congressId, title, definition, visibility, rules, roundNumber: 1, previousRoundPollId: null, nowUtc, id);

    /// <summary>
    /// The next round of a published election whose result left seats open: the candidates are the tied ones
    /// (or every one not elected, after a shortfall), in ballot order, for the seats that remain.
    /// </summary>
    public static Result<Poll> CreateFurtherRound(string title, Poll previousRound, DateTime nowUtc)
    {
        if (previousRound.Status != PollStatus.Published)
            return PollErrors.InvalidStatus("tạo vòng bầu tiếp theo", previousRound.Status);
        if (previousRound.PublishedResult!.Outcome.FurtherRound is not { } furtherRound)
            return PollErrors.NoFurtherRoundNeeded;

        var definition = PollDefinition.Election(furtherRound.Seats, furtherRound.Candidates);
        return definition.IsSuccess
            ? Create(previousRound.CongressId, title, definition.Value, previousRound.Visibility, previousRound.Rules,
                previousRound.RoundNumber + 1, previousRound.Id, nowUtc)
            : definition.Error!;
    }

    /// <summary>Opens the poll to the <paramref name="eligible"/> delegates of the opening snapshot.</summary>
    public Result Open(int eligible, DateTime nowUtc, DateTime? scheduledCloseAtUtc = null)
    {
        if (Status != PollStatus.Draft) return PollErrors.InvalidStatus("mở biểu quyết", Status);
        if (eligible == 0) return PollErrors.NoEligibleDelegates;
        if (scheduledCloseAtUtc <= nowUtc) return PollErrors.ScheduledCloseNotInFuture;

        Eligible = eligible;
        OpenedAtUtc = nowUtc;
        ScheduledCloseAtUtc = scheduledCloseAtUtc;
        Status = PollStatus.Open;
        Raise(new PollOpenedDomainEvent(Id, nowUtc, eligible, scheduledCloseAtUtc));
        return Result.Success();
    }

    /// <summary>
    /// Whether this poll takes <paramref name="ballot"/> now, and its receipt. Who may cast it (eligibility, one ballot each)
    /// is the ballot box's to check against the register; this is everything the poll itself decides.
    /// </summary>
    public Result<BallotReceipt> Accept(BallotContent ballot, DateTime nowUtc)
    {
        if (Status != PollStatus.Open) return PollErrors.InvalidStatus("bỏ phiếu", Status);
        if (!Visibility.IsElectronic()) return PollErrors.ShowOfHandsTakesNoBallots;
        if (nowUtc >= ScheduledCloseAtUtc) return PollErrors.VotingTimeOver;
        if (Definition.Assess(ballot.Selections) == BallotMarking.Malformed) return PollErrors.MalformedBallot;
        return BallotReceipt.For(Id.Value, ballot);
    }

    /// <summary>Whether the scheduled close has passed: the poll takes no more ballots and should be closed.</summary>
    public bool IsOverdue(DateTime nowUtc) => Status == PollStatus.Open && nowUtc >= ScheduledCloseAtUtc;

    /// <summary>Closes the poll with the <paramref name="present"/> delegates of the closing snapshot.</summary>
    public Result Close(int present, int ballotsCast, DateTime nowUtc)
    {
        if (Status != PollStatus.Open) return PollErrors.InvalidStatus("kết thúc biểu quyết", Status);

        Present = present;
        ClosedAtUtc = nowUtc;
        Status = PollStatus.Closed;
        Raise(new PollClosedDomainEvent(Id, nowUtc, ballotsCast));
        return Result.Success();
    }

    /// <summary>
    /// Records (or corrects) the tellers' count of a closed show of hands or paper ballot. An electronic poll is counted from
    /// its ballots alone: whatever its box holds, sealed or not, a count typed in never replaces it.
    /// </summary>
    public Result RecordTellerCount(TellerCount count)
    {
        if (Visibility.IsElectronic()) return PollErrors.ElectronicPollTakesNoTellerCount;
        if (Status != PollStatus.Closed) return PollErrors.InvalidStatus("nhập kết quả kiểm phiếu", Status);

        var validation = count.Validate(Definition, Rules, Eligible);
        if (validation.IsFailure) return validation;
        TellerCount = count;
        return Result.Success();
    }

    /// <summary>
    /// The result of a closed poll: of an electronic poll from its <paramref name="ballots"/> (every row of its box, sealed
    /// and opened) and nothing else; of a show of hands or paper ballot from the tellers' count.
    /// </summary>
    private Result<PollResult> ComputeResult(IReadOnlyList<BallotContent> ballots)
    {
        if (Status != PollStatus.Closed) return PollErrors.InvalidStatus("kiểm phiếu", Status);

        var electorate = new Electorate(Eligible, Present ?? 0);
        if (Visibility.IsElectronic()) return PollTally.Tally(Definition, Rules, electorate, ballots);
        if (TellerCount is null) return PollErrors.TellerCountRequired;
        return PollTally.Tally(Definition, Rules, electorate, TellerCount);
    }

    /// <summary>
    /// Counts and publishes a closed poll. <paramref name="ballots"/> is every ballot in its box (sealed and opened rows);
    /// <paramref name="registered"/> the number of delegates in its register of who has voted. The result is published
    /// only if the three agree: as many ballots as registered voters, the result counting exactly those ballots, and
    /// none of it more than the eligible delegates; a show of hands or paper ballot has no electronic ballot nor voter.
    /// </summary>
    public Result<PollResult> Publish(IReadOnlyList<BallotContent> ballots, int registered, DateTime nowUtc)
    {
        var result = ComputeResult(ballots);
        if (result.IsFailure) return result;
        var counted = result.Value;
        var expected = Visibility.IsElectronic() ? ballots.Count : TellerCount!.Collected;
        var consistent = counted.BallotsCast == expected
            && counted.Valid + counted.Invalid == counted.BallotsCast
            && counted.BallotsCast <= Eligible
            && (Visibility.IsElectronic() ? ballots.Count == registered : ballots.Count == 0 && registered == 0);
        if (!consistent) return PollErrors.ResultInconsistent(counted.BallotsCast, ballots.Count, registered, Eligible);

        PublishedResult = result.Value;
        PublishedAtUtc = nowUtc;
        Status = PollStatus.Published;
        Raise(new PollResultPublishedDomainEvent(Id, nowUtc, result.Value));
        return result;
    }

    public Result Cancel(string reason, DateTime nowUtc)
    {
        if (Status is not (PollStatus.Draft or PollStatus.Open or PollStatus.Closed)) return PollErrors.InvalidStatus("hủy biểu quyết", Status);
        if (string.IsNullOrWhiteSpace(reason)) return PollErrors.ReasonRequired;

        StatusReason = reason.Trim();
        CancelledAtUtc = nowUtc;
        Status = PollStatus.Cancelled;
        Raise(new PollCancelledDomainEvent(Id, nowUtc, StatusReason));
        return Result.Success();
    }

    /// <summary>Opens a closed poll again: ballots already cast stay; the closing snapshot and any tellers' count are dropped.</summary>
    public Result ReOpen(string reason, DateTime nowUtc, DateTime? scheduledCloseAtUtc = null)
    {
        if (Status == PollStatus.Published) return PollErrors.PublishedCannotReopen;
        if (Status != PollStatus.Closed) return PollErrors.InvalidStatus("mở lại biểu quyết", Status);
        if (string.IsNullOrWhiteSpace(reason)) return PollErrors.ReasonRequired;
        if (scheduledCloseAtUtc <= nowUtc) return PollErrors.ScheduledCloseNotInFuture;

        StatusReason = reason.Trim();
        ScheduledCloseAtUtc = scheduledCloseAtUtc;
        Present = null;
        ClosedAtUtc = null;
        TellerCount = null;
        Status = PollStatus.Open;
        Raise(new PollReopenedDomainEvent(Id, nowUtc, StatusReason));
        return Result.Success();
    }

    private static Result<Poll> Create(Guid congressId, string title, PollDefinition definition, PollVisibility visibility, ElectionRules rules,
        int roundNumber, PollId? previousRoundPollId, DateTime nowUtc, PollId? id = null)
    {
        if (string.IsNullOrWhiteSpace(title)) return PollErrors.TitleRequired;
        if (definition.Kind == PollKind.Election && !visibility.IsSecret()) return PollErrors.ElectionMustBeSecret;

        return new Poll
        {
            Id = id ?? PollId.New(), CongressId = congressId, Title = title.Trim(), Definition = definition, Visibility = visibility,
            Rules = rules, RoundNumber = roundNumber, PreviousRoundPollId = previousRoundPollId, CreatedAtUtc = nowUtc,
        };
    }
}
