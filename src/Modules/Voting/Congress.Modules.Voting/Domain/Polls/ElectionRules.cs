using Congress.Shared.Kernel;

namespace Congress.Modules.Voting.Domain.Polls;

/// <summary>
/// How ballots are judged and counted. The defaults are the party-congress rules: a blank ballot is invalid,
/// and a candidate is elected / a motion carries with more than half of the valid ballots.
/// A ballot marking more names than there are seats is always invalid.
/// </summary>
internal sealed record ElectionRules
{
    public static ElectionRules Default { get; } = new();

    public BlankBallotTreatment BlankBallot { get; init; } = BlankBallotTreatment.Invalid;

    /// <summary>What a candidate needs more than half of to be elected (elections).</summary>
    public MajorityBase ElectionMajorityBase { get; init; } = MajorityBase.ValidBallots;

    /// <summary>What "For" / an approval needs more than half of (motions and list approvals).</summary>
    public MajorityBase MotionMajorityBase { get; init; } = MajorityBase.ValidBallots;
}

internal enum BlankBallotTreatment
{
    /// <summary>A ballot marking nothing is invalid (reported in <see cref="PollResult.Blank"/> as well).</summary>
    Invalid,

    /// <summary>A ballot marking nothing is valid, so it counts in the valid total, and is reported as blank.</summary>
    ValidBlank,
}

internal enum MajorityBase
{
    ValidBallots,

    /// <summary>The delegates in the snapshot taken when the poll opened.</summary>
    EligibleDelegates,

    /// <summary>The delegates in the snapshot taken when the poll closed.</summary>
    PresentDelegates,
}
