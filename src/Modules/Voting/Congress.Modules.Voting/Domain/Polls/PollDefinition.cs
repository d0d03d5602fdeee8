using Congress.Shared.Kernel;

namespace Congress.Modules.Voting.Domain.Polls;

/// <summary>What is being decided and what a ballot can mark. Built through <see cref="Motion"/>, <see cref="ListApproval"/> or <see cref="Election"/>.</summary>
internal sealed record PollDefinition
{
    private PollDefinition(PollKind kind, ListApprovalMode? approvalMode, IReadOnlyList<PollOption> names, int seats)
    {
        Kind = kind;
        ApprovalMode = approvalMode;
        Names = names;
        Seats = seats;
    }

    public PollKind Kind { get; }

    /// <summary>How the list is approved; null unless <see cref="Kind"/> is <see cref="PollKind.ListApproval"/>.</summary>
    public ListApprovalMode? ApprovalMode { get; }

    /// <summary>The names on the list or the candidates, in ballot order; empty for a motion.</summary>
    public IReadOnlyList<PollOption> Names { get; }

    /// <summary>Seats to fill; 0 unless <see cref="Kind"/> is <see cref="PollKind.Election"/>.</summary>
    public int Seats { get; }

    /// <summary>A ballot picks one of <see cref="PollOption.MotionOptions"/> (a motion, or a list approved as a whole).</summary>
    public bool IsSingleChoice => Kind == PollKind.Motion || ApprovalMode == ListApprovalMode.AsWhole;

    /// <summary>What a ballot marks, in ballot order.</summary>
    public IReadOnlyList<PollOption> Choices => IsSingleChoice ? PollOption.MotionOptions : Names;

    /// <summary>The most choices a valid ballot may mark: 1, the seats of an election, or every name of a list.</summary>
    public int MaxMarks => Kind == PollKind.Election ? Seats : IsSingleChoice ? 1 : Names.Count;

    public static PollDefinition Motion() => new(PollKind.Motion, null, [], 0);

    public static Result<PollDefinition> ListApproval(IReadOnlyList<PollOption> names, ListApprovalMode mode)
    {
        var error = ValidateNames(names);
        return error is null ? new PollDefinition(PollKind.ListApproval, mode, [.. names], 0) : error;
    }

    public static Result<PollDefinition> Election(int seats, IReadOnlyList<PollOption> candidates)
    {
        var error = ValidateNames(candidates);
        if (error is not null)
        {
            return error;
        }

        if (seats < 1)
        {
            return PollErrors.SeatsMustBePositive;
        }

        return candidates.Count < seats
            ? PollErrors.FewerCandidatesThanSeats(candidates.Count, seats)
            : new PollDefinition(PollKind.Election, null, [.. candidates], seats);
    }

    /// <summary>How a ballot marking <paramref name="selections"/> (choice keys) reads under this definition.</summary>
    public BallotMarking Assess(IReadOnlyCollection<string> selections)
    {
        if (selections.Count == 0)
        {
            return BallotMarking.Blank;
        }

        var isWellFormed = selections.Distinct(StringComparer.Ordinal).Count() == selections.Count
            && selections.All(key => Choices.Any(choice => choice.Key == key));
        if (!isWellFormed)
        {
            return BallotMarking.Malformed;
        }

        return selections.Count > MaxMarks ? BallotMarking.TooManyMarks : BallotMarking.Marked;
    }

    private static Error? ValidateNames(IReadOnlyList<PollOption> names)
    {
        if (names.Count == 0)
        {
            return PollErrors.NamesRequired;
        }

        var badName = names.FirstOrDefault(name => string.IsNullOrWhiteSpace(name.Label)
            || name.Key.Length == 0
            || name.Key.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)));
        if (badName is not null)
        {
            return PollErrors.InvalidName(badName.Key);
        }

        var duplicate = names.GroupBy(name => name.Key, StringComparer.Ordinal).FirstOrDefault(group => group.Count() > 1);
        return duplicate is null ? null : PollErrors.DuplicateName(duplicate.Key);
    }
}

internal enum BallotMarking
{
    /// <summary>Nothing marked; valid or invalid as <see cref="ElectionRules.BlankBallot"/> says.</summary>
    Blank,

    /// <summary>A valid ballot.</summary>
    Marked,

    /// <summary>More marks than <see cref="PollDefinition.MaxMarks"/>: an invalid ballot.</summary>
    TooManyMarks,

    /// <summary>An unknown or repeated choice: cannot be a ballot of this poll at all.</summary>
    Malformed,
}
